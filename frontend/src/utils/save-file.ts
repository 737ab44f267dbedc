/** Hands a file the app has fetched to the browser as a download. */
export function saveFile(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, so the browser has started reading it.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
