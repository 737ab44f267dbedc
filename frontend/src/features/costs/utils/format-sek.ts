import { formatNumber } from '@/utils/format';

/** An amount in Swedish kronor, whole kronor as costs are reported, e.g. 3390000 → "3 390 000 kr". */
export function formatSek(value: number): string {
  return `${formatNumber(Math.round(value))}\u00a0kr`;
}
