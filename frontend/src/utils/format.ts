const numberFormat = new Intl.NumberFormat('sv-SE');

/** Formats a number the Swedish way whatever the UI language, e.g. 1 234 567. */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}
