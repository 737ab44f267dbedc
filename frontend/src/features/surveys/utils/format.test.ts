import { formatDecimal, formatPercent } from './format';

describe('survey number formats', () => {
  it('should write percentages and decimals the Swedish way', () => {
    expect(formatPercent(69.3)).toBe('69,3\u00a0%');
    expect(formatPercent(100)).toBe('100\u00a0%');
    expect(formatDecimal(1234.5)).toBe('1\u00a0234,5');
  });
});
