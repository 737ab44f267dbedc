import { formatWithUnit } from './number-unit';

describe('formatWithUnit', () => {
  it('writes kronor and per cent the Swedish way, with a space that does not break', () => {
    expect(formatWithUnit(1234567, 'sek')).toBe('1\u00a0234\u00a0567\u00a0kr');
    expect(formatWithUnit(12.5, 'percent')).toBe('12,5\u00a0%');
  });

  it('leaves persons, full-time equivalents and numbers without a unit bare', () => {
    expect(formatWithUnit(3.25, 'fte')).toBe('3,25');
    expect(formatWithUnit(1234, 'persons')).toBe('1\u00a0234');
    expect(formatWithUnit(0.5, undefined)).toBe('0,5');
  });
});
