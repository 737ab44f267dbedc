import Papa from 'papaparse';
import type { components } from '@/lib/api/schema';
import { FIRST_YEAR, LAST_YEAR, type RowProblem } from '@/utils/batch-upload';

export type PopulationFigure = components['schemas']['PopulationFigure'];
export type ParsedPopulation = { lines: PopulationFigure[]; problems: RowProblem[] };

/** Column names taken for each field: the template's, and those of SCB's table BE0101N1 exported as CSV. */
const names = {
  municipality: ['municipality', 'region', 'kommun'],
  year: ['year', 'år'],
  inhabitants: ['inhabitants', 'folkmängd', 'population', 'antal'],
};

/** The template: a header and one example row, semicolon-separated as Swedish Excel writes it. */
export function populationTemplate(): string {
  return 'municipality;year;inhabitants\r\n2580;2025;80028\r\n';
}

/**
 * Parses a population file: the template's columns, or SCB's (region "2580 Luleå", år, Folkmängd …), comma- or
 * semicolon-separated; spaces in numbers are allowed. Codes the server checks.
 */
export function parsePopulationCsv(text: string): ParsedPopulation {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const problems: RowProblem[] = [];
  const [header = [], ...rows] = parsed.data;
  const column = (field: keyof typeof names) =>
    header.findIndex((name) => {
      const lower = name.trim().toLowerCase();
      return names[field].some((candidate) => lower === candidate || lower.startsWith(`${candidate} `));
    });
  const columns = {
    municipality: column('municipality'),
    year: column('year'),
    inhabitants: column('inhabitants'),
  };
  const missing = Object.entries(columns).filter(([, index]) => index < 0);
  if (missing.length > 0) {
    return {
      lines: [],
      problems: missing.map(([field]) => ({ row: 1, field, message: 'is missing from the header' })),
    };
  }
  const lines: PopulationFigure[] = [];
  rows.forEach((cells, index) => {
    const row = index + 2;
    const before = problems.length;
    const code = /^\s*(\d{4})/.exec(cells[columns.municipality] ?? '')?.[1];
    const year = Number((cells[columns.year] ?? '').trim());
    const inhabitantsText = (cells[columns.inhabitants] ?? '').replace(/[\s\u00a0\u202f]/g, '');
    const inhabitants = /^\d+$/.test(inhabitantsText) ? Number(inhabitantsText) : Number.NaN;
    if (!code) problems.push({ row, field: 'municipality', message: 'must begin with a four-digit code' });
    if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
      problems.push({ row, field: 'year', message: `must be a year from ${FIRST_YEAR} to ${LAST_YEAR}` });
    }
    if (!Number.isInteger(inhabitants) || inhabitants < 1) {
      problems.push({ row, field: 'inhabitants', message: 'must be a whole number, 1 or more' });
    }
    if (problems.length === before) {
      lines.push({ municipality: code!, year, inhabitants });
    }
  });
  parsed.errors.forEach((error) => problems.push({ row: (error.row ?? 0) + 2, message: error.message }));
  return { lines, problems };
}
