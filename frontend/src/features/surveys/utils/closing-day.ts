import { startOfSwedishDay } from '@/utils/format';

/**
 * When a questionnaire closes that takes answers through the whole of a day (YYYY-MM-DD) in Sweden: the last
 * second of that day, so that it reads as that day everywhere it is shown (e.g. "2026-12-31 23:59").
 */
export function closingInstant(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const nextDay = new Date(Date.UTC(year, month - 1, date + 1)).toISOString().slice(0, 10);
  return new Date(Date.parse(startOfSwedishDay(nextDay)) - 1000).toISOString();
}
