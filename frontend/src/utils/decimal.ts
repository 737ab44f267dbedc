/**
 * A number as someone types it: the Swedish way ("1 234,5", "−2") or with a point ("1234.5"). Undefined when
 * the text is not a number, so that nothing turns it into 0 or NaN unasked.
 */
export function parseDecimal(text: string): number | undefined {
  const cleaned = text
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/^[\u2212\u2013]/, '-')
    .replace(',', '.');
  return /^-?(\d+\.?\d*|\.\d+)$/.test(cleaned) ? Number(cleaned) : undefined;
}

/** A number as the text of an input, with a decimal comma and no grouping: 1.5 → "1,5". */
export function decimalText(value: number): string {
  return String(value).replace('.', ',');
}
