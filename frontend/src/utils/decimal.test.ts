import { decimalText, parseDecimal } from './decimal';

describe('parseDecimal', () => {
  it('reads a decimal comma, a decimal point, spaces between thousands and a minus sign', () => {
    expect(parseDecimal('1,5')).toBe(1.5);
    expect(parseDecimal('1.5')).toBe(1.5);
    expect(parseDecimal('1 234,5')).toBe(1234.5);
    expect(parseDecimal('1\u00a0234')).toBe(1234);
    expect(parseDecimal('\u22122')).toBe(-2);
    expect(parseDecimal('-0,25')).toBe(-0.25);
    expect(parseDecimal('3,')).toBe(3);
  });

  it('gives undefined for what is no number, rather than 0 or NaN', () => {
    expect(parseDecimal('')).toBeUndefined();
    expect(parseDecimal('  ')).toBeUndefined();
    expect(parseDecimal('abc')).toBeUndefined();
    expect(parseDecimal('1,2,3')).toBeUndefined();
  });
});

describe('decimalText', () => {
  it('writes a decimal comma without grouping, for an input', () => {
    expect(decimalText(1.5)).toBe('1,5');
    expect(decimalText(12345)).toBe('12345');
    expect(decimalText(-0.25)).toBe('-0,25');
  });
});
