import { rowProblems, validYear } from './batch-upload';

describe('batch uploads', () => {
  it('should put the API’s violations on the rows of the file, the header being row 1', () => {
    expect(
      rowProblems([
        { field: 'lines[3].leavers', message: 'must count the retirements too, so be at least 2' },
        { field: 'lines[0]', message: 'repeats …' },
        { field: 'lines', message: 'must hold at least one line' },
      ]),
    ).toEqual([
      { row: 5, field: 'leavers', message: 'must count the retirements too, so be at least 2' },
      { row: 2, field: undefined, message: 'repeats …' },
      { row: 0, field: 'lines', message: 'must hold at least one line' },
    ]);
  });

  it('should take a year only when whole and within the API’s years', () => {
    expect(validYear('2025')).toBe(2025);
    expect(validYear(' 2100 ')).toBe(2100);
    expect(validYear('20')).toBeUndefined();
    expect(validYear('1999')).toBeUndefined();
    expect(validYear('2025,5')).toBeUndefined();
  });
});
