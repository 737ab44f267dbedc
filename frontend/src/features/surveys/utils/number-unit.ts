import { formatDecimal } from '@/utils/format';
import type { NumberUnit } from '../api/types';

/**
 * A number answer's statistic with its unit, the Swedish way: 1234.5 kronor → "1 234,5 kr", 12.5 per cent →
 * "12,5 %". Persons and full-time equivalents are plain numbers (the caption names the unit).
 */
export function formatWithUnit(value: number, unit: NumberUnit | undefined): string {
  const number = formatDecimal(value);
  if (unit === 'sek') return `${number}\u00a0kr`;
  if (unit === 'percent') return `${number}\u00a0%`;
  return number;
}
