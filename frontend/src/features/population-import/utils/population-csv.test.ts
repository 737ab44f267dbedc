import { parsePopulationCsv, populationTemplate } from './population-csv';

describe('reading a population file', () => {
  it('should read the template', () => {
    expect(parsePopulationCsv(populationTemplate())).toEqual({
      lines: [{ municipality: '2580', year: 2025, inhabitants: 80028 }],
      problems: [],
    });
  });

  it("should read SCB's export: region with name, år, Folkmängd with its note", () => {
    const scb =
      '\uFEFF"region","år","Folkmängd 31 december"\r\n"0114 Upplands Väsby","2025","49 412"\r\n"2580 Luleå","2025","80028"\r\n';
    expect(parsePopulationCsv(scb).lines).toEqual([
      { municipality: '0114', year: 2025, inhabitants: 49412 },
      { municipality: '2580', year: 2025, inhabitants: 80028 },
    ]);
  });

  it('should name every row it cannot read, and a header without the columns', () => {
    const parsed = parsePopulationCsv(
      'municipality;year;inhabitants\r\nLuleå;2025;80028\r\n2580;1999;80028\r\n2580;2025;många\r\n',
    );
    expect(parsed.lines).toEqual([]);
    expect(parsed.problems.map((problem) => `${problem.row} ${problem.field}`)).toEqual([
      '2 municipality',
      '3 year',
      '4 inhabitants',
    ]);
    expect(parsePopulationCsv('kod;antal\r\n2580;1\r\n').problems.map((problem) => problem.field)).toEqual([
      'municipality',
      'year',
    ]);
  });
});
