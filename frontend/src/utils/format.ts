const numberFormat = new Intl.NumberFormat('sv-SE');

// Times are shown as in Sweden, wherever the browser is, so everyone reads the same time.
export const timeZone = 'Europe/Stockholm';
const dateFormat = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'short', timeZone });
const dateTimeFormat = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'short', timeStyle: 'short', timeZone });

const fixedFormats = new Map<number, Intl.NumberFormat>();

/**
 * Formats a number the Swedish way whatever the UI language, e.g. 1 234 567; with fractionDigits, always that many
 * decimals, e.g. formatNumber(126.5, 2) → 126,50.
 */
export function formatNumber(value: number, fractionDigits?: number): string {
  if (fractionDigits === undefined) return numberFormat.format(value);
  let format = fixedFormats.get(fractionDigits);
  if (!format) {
    format = new Intl.NumberFormat('sv-SE', {
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    });
    fixedFormats.set(fractionDigits, format);
  }
  return format.format(value);
}

/** An instant's date in Sweden, e.g. 2026-11-23. */
export function formatDate(instant: string): string {
  return dateFormat.format(new Date(instant));
}

/** An instant's date and time in Sweden, e.g. 2026-11-23 10:15. */
export function formatDateTime(instant: string): string {
  return dateTimeFormat.format(new Date(instant));
}

/** The instant a day (YYYY-MM-DD) begins in Sweden, as ISO 8601, e.g. 2026-11-22T23:00:00.000Z. */
export function startOfSwedishDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const utcMidnight = Date.UTC(year, month - 1, date);
  // Sweden is one or two hours ahead of UTC; the offset at midnight UTC is the one at local midnight
  // on every day of the year (the clocks change at 01:00 UTC).
  return new Date(utcMidnight - offsetInSweden(utcMidnight)).toISOString();
}

function offsetInSweden(instant: number): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
      .formatToParts(instant)
      .map((part) => [part.type, Number(part.value)]),
  );
  return Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!) - instant;
}

const percentFormats = [0, 1, 2].map(
  (digits) => new Intl.NumberFormat('sv-SE', { style: 'percent', maximumFractionDigits: digits }),
);
const decimalFormat = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 });

/** A percentage given as 0–100, e.g. 69.3 → "69,3 %"; with up to two decimals if asked, 3.39 → "3,39 %". */
export function formatPercent(value: number, decimals: 0 | 1 | 2 = 1): string {
  return percentFormats[decimals]!.format(value / 100);
}

/** A number with at most two decimals, e.g. 1234.5 → "1 234,5". */
export function formatDecimal(value: number): string {
  return decimalFormat.format(value);
}
