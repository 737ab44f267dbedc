import {
  formatDate,
  formatDateTime,
  formatDecimal,
  formatNumber,
  formatPercent,
  startOfSwedishDay,
} from './format';

describe('formatting the Swedish way', () => {
  it('should write numbers with a space between thousands', () => {
    expect(formatNumber(1234567)).toBe('1\u00a0234\u00a0567');
  });

  it('should write dates and times as in Sweden, whatever the time zone of the browser', () => {
    expect(formatDate('2026-03-10T23:30:00Z')).toBe('2026-03-11');
    expect(formatDateTime('2026-11-23T09:15:00Z')).toBe('2026-11-23 10:15');
    expect(formatDateTime('2026-07-01T09:15:00Z')).toBe('2026-07-01 11:15');
  });

  it('should find the instant a Swedish day begins, on the days the clocks change too', () => {
    expect(startOfSwedishDay('2026-01-15')).toBe('2026-01-14T23:00:00.000Z');
    expect(startOfSwedishDay('2026-03-29')).toBe('2026-03-28T23:00:00.000Z');
    expect(startOfSwedishDay('2026-03-30')).toBe('2026-03-29T22:00:00.000Z');
    expect(startOfSwedishDay('2026-10-25')).toBe('2026-10-24T22:00:00.000Z');
    expect(startOfSwedishDay('2026-10-26')).toBe('2026-10-25T23:00:00.000Z');
  });
});

describe('percentages and decimals', () => {
  it('should write them the Swedish way', () => {
    expect(formatPercent(69.3)).toBe('69,3\u00a0%');
    expect(formatPercent(100)).toBe('100\u00a0%');
    expect(formatPercent(3.39, 2)).toBe('3,39\u00a0%');
    expect(formatDecimal(1234.5)).toBe('1\u00a0234,5');
    expect(formatNumber(126.5, 2)).toBe('126,50');
    expect(formatNumber(-0.25, 2)).toBe('−0,25');
  });
});
