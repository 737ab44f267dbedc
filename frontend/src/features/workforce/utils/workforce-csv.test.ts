import { figureProblem, parseWorkforceCsv, workforceTemplate, yearProblem } from './workforce-csv';

describe('workforce files', () => {
  it('should read the template back as one line, Swedish decimals and all', () => {
    const { lines, problems } = parseWorkforceCsv(`\uFEFF${workforceTemplate()}`);
    expect(problems).toEqual([]);
    expect(lines).toEqual([
      {
        year: 2025,
        profession: 'socialsekreterare',
        serviceArea: 'barn_unga',
        employees: 42,
        fte: 39.5,
        retirements: 2,
        newHires: 7,
        leavers: 6,
        sickLeavePercent: 6.8,
      },
    ]);
  });

  it('should read comma-separated files, leaving out the figures not given', () => {
    const { lines, problems } = parseWorkforceCsv(
      'year,profession,employees,fte\n2025,sjukskoterska,1 234,"1 100,25"\n2024, socionom ,,\n',
    );
    expect(problems).toEqual([]);
    expect(lines).toEqual([
      { year: 2025, profession: 'sjukskoterska', employees: 1234, fte: 1100.25 },
      { year: 2024, profession: 'socionom' },
    ]);
  });

  it('should name the rows it cannot read, spreadsheet row numbers and all', () => {
    const { lines, problems } = parseWorkforceCsv(
      'year;profession;serviceArea;employees;fte;retirements;newHires;leavers;sickLeavePercent\n' +
        '2025;socialsekreterare;;42;39,5;2;7;6;6,8\n' +
        ';;aldre;tolv;-1;2,5;-3;;101\n' +
        '1999;socionom;;;;;;;\n',
    );
    expect(lines).toHaveLength(3);
    expect(problems).toEqual([
      { row: 3, field: 'year', message: 'is required' },
      { row: 3, field: 'profession', message: 'is required' },
      { row: 3, field: 'employees', message: 'must be a number' },
      { row: 3, field: 'fte', message: 'must be 0 or more' },
      { row: 3, field: 'retirements', message: 'must be a whole number' },
      { row: 3, field: 'newHires', message: 'must be 0 or more' },
      { row: 3, field: 'sickLeavePercent', message: 'must be at most 100' },
      { row: 4, field: 'year', message: 'must be a year from 2000 to 2100' },
    ]);
  });

  it('should say which columns are missing', () => {
    expect(parseWorkforceCsv('employees;fte\n1;2\n').problems).toEqual([
      { row: 1, message: 'missing columns: year, profession' },
    ]);
  });

  it('should say what is wrong with a value as typed', () => {
    expect(figureProblem('fte', '0,75')).toBeUndefined();
    expect(figureProblem('employees', '0,75')).toBe('wholeNumber');
    expect(figureProblem('employees', '-2')).toBe('notNegative');
    expect(figureProblem('sickLeavePercent', '100,5')).toBe('atMost100');
    expect(figureProblem('newHires', 'sju')).toBe('number');
    expect(figureProblem('leavers', ' ')).toBeUndefined();
    expect(yearProblem('')).toBe('required');
    expect(yearProblem('2025,5')).toBe('year');
    expect(yearProblem('2101')).toBe('year');
    expect(yearProblem('2025')).toBeUndefined();
  });
});
