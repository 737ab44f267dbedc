import { formatDate, formatDateTime } from '@/utils/format';
import { closingInstant } from './closing-day';

describe('closingInstant', () => {
  it('is the last second of the day in Sweden, in winter and in summer time', () => {
    expect(closingInstant('2026-12-31')).toBe('2026-12-31T22:59:59.000Z');
    expect(closingInstant('2026-06-30')).toBe('2026-06-30T21:59:59.000Z');
  });

  it('handles the days the clocks change and the end of a month', () => {
    // Summer time begins at 02:00 on 29 March 2026: that day has 23 hours.
    expect(closingInstant('2026-03-29')).toBe('2026-03-29T21:59:59.000Z');
    expect(closingInstant('2026-10-25')).toBe('2026-10-25T22:59:59.000Z');
    expect(closingInstant('2027-02-28')).toBe('2027-02-28T22:59:59.000Z');
  });

  it('reads back as the same day', () => {
    expect(formatDate(closingInstant('2026-12-31'))).toBe('2026-12-31');
    expect(formatDateTime(closingInstant('2026-12-31'))).toBe('2026-12-31 23:59');
  });
});
