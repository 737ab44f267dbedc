import { costTemplate, parseCostCsv } from './cost-csv';

describe('cost files', () => {
  it('should read the template back as one line, Swedish decimals and all', () => {
    const { lines, problems } = parseCostCsv(`\uFEFF${costTemplate()}`);
    expect(problems).toEqual([]);
    expect(lines).toEqual([
      {
        year: 2025,
        serviceArea: 'barn_unga',
        hiredCost: 3390000,
        ownCost: 96610000,
        hiredPersons: 4,
        hiredFte: 3.5,
        procured: 'yes',
        task: 'delivery',
        reasons: ['workload', 'temporary_absence'],
      },
    ]);
  });

  it('should read comma-separated files and name the rows it cannot read', () => {
    const { lines, problems } = parseCostCsv(
      'year,month,serviceArea,hiredCost,ownCost\n2025,1,aldre,100,900\n2025,x,,abc,900\n',
    );
    expect(lines).toHaveLength(2);
    expect(lines[0]).toEqual({ year: 2025, month: 1, serviceArea: 'aldre', hiredCost: 100, ownCost: 900 });
    expect(problems).toEqual([
      { row: 3, field: 'serviceArea', message: 'is required' },
      { row: 3, field: 'hiredCost', message: 'must be a number' },
      { row: 3, field: 'month', message: 'must be a number' },
    ]);
  });

  it('should check the values of the coded columns before sending them', () => {
    const { lines, problems } = parseCostCsv(
      'year;serviceArea;hiredCost;ownCost;procured;task;reasons\n' +
        '2025;aldre;1;2;maybe;both;workload|boredom\n' +
        '2025;aldre;1;2;partly;delivery;workload, other\n',
    );
    expect(problems).toEqual([
      { row: 2, field: 'procured', message: 'must be one of yes, no, partly' },
      {
        row: 2,
        field: 'reasons',
        message:
          'must be one of no_qualified_applicants, workload, quick_appointment, temporary_absence, other',
      },
    ]);
    expect(lines[1]).toMatchObject({ procured: 'partly', task: 'delivery', reasons: ['workload', 'other'] });
  });

  it('should say which columns are missing', () => {
    expect(parseCostCsv('year;hiredCost\n2025;1\n').problems).toEqual([
      { row: 1, message: 'missing columns: serviceArea, ownCost' },
    ]);
  });
});
