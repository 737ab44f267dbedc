// Numbers and shares the Swedish way whatever the UI language, as the rest of the app: "69,3 %".
const percentFormat = new Intl.NumberFormat('sv-SE', { style: 'percent', maximumFractionDigits: 1 });
const decimalFormat = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 });

/** A percentage given as 0–100, e.g. 69.3 → "69,3 %". */
export function formatPercent(value: number): string {
  return percentFormat.format(value / 100);
}

/** A number with at most two decimals, e.g. 1234.5 → "1 234,5". */
export function formatDecimal(value: number): string {
  return decimalFormat.format(value);
}
