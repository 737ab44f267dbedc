import Papa from 'papaparse';
import { parseDecimal } from '@/utils/decimal';
import { FIRST_YEAR, LAST_YEAR, type RowProblem } from '@/utils/batch-upload';
import type { WorkforceFigure } from '../api/workforce-api';

/** The columns of a workforce file, in the template's order; the API's field names. */
export const workforceColumns = [
  'year',
  'profession',
  'serviceArea',
  'employees',
  'fte',
  'retirements',
  'newHires',
  'leavers',
  'sickLeavePercent',
] as const;

export type WorkforceColumn = (typeof workforceColumns)[number];

/** The six figures of a line, in the template's order; all optional. */
export const figureColumns = [
  'employees',
  'fte',
  'retirements',
  'newHires',
  'leavers',
  'sickLeavePercent',
] as const satisfies readonly WorkforceColumn[];

export type FigureColumn = (typeof figureColumns)[number];

/** The figures counted in whole persons; the others (FTE, sick leave) may have decimals. */
const countColumns: readonly FigureColumn[] = ['employees', 'retirements', 'newHires', 'leavers'];

// The years the API takes.

/** The downloadable template: a header and one example row, semicolon-separated as Swedish Excel writes it. */
export function workforceTemplate(): string {
  return `${workforceColumns.join(';')}\r\n2025;socialsekreterare;barn_unga;42;39,5;2;7;6;6,8\r\n`;
}

export type ParsedWorkforce = {
  lines: WorkforceFigure[];
  problems: RowProblem[];
  /** Each line's cells as typed, by column. */
  typed: Record<string, string>[];
};

/** What can be wrong with a value as typed, before the server sees it. */
export type ValueProblem = 'required' | 'number' | 'notNegative' | 'wholeNumber' | 'atMost100' | 'year';

/** The problems in the API's words, as the file's rows list them beside the server's. */
export const problemMessages: Record<ValueProblem, string> = {
  required: 'is required',
  number: 'must be a number',
  notNegative: 'must be 0 or more',
  wholeNumber: 'must be a whole number',
  atMost100: 'must be at most 100',
  year: `must be a year from ${FIRST_YEAR} to ${LAST_YEAR}`,
};

/**
 * What is wrong with a figure as typed, or nothing: a count must be a whole number of 0 or more, a decimal figure
 * 0 or more (sick leave at most 100). An empty text is no figure, and not wrong.
 */
export function figureProblem(column: FigureColumn, text: string): ValueProblem | undefined {
  if (text.trim() === '') return undefined;
  const value = parseDecimal(text);
  if (value === undefined) return 'number';
  if (value < 0) return 'notNegative';
  if (countColumns.includes(column) && !Number.isInteger(value)) return 'wholeNumber';
  if (column === 'sickLeavePercent' && value > 100) return 'atMost100';
  return undefined;
}

/** What is wrong with a year as typed, or nothing. */
export function yearProblem(text: string): ValueProblem | undefined {
  if (text.trim() === '') return 'required';
  const value = parseDecimal(text);
  if (value === undefined) return 'number';
  if (!Number.isInteger(value) || value < FIRST_YEAR || value > LAST_YEAR) return 'year';
  return undefined;
}

/**
 * Parses a workforce file (comma- or semicolon-separated, with or without a byte order mark) into figures for the
 * API, noting the rows it cannot read. What only the server knows (the codes, repeated keys) it checks on upload.
 */
export function parseWorkforceCsv(text: string): ParsedWorkforce {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (header) => header.trim(),
  });
  const missing = ['year', 'profession'].filter((column) => !parsed.meta.fields?.includes(column));
  if (missing.length > 0) {
    return {
      lines: [],
      problems: [{ row: 1, message: `missing columns: ${missing.join(', ')}` }],
      typed: [],
    };
  }
  const problems: RowProblem[] = [];
  const lines = parsed.data.map((record, index) => {
    const row = index + 2;
    const cell = (column: WorkforceColumn) => (record[column] ?? '').trim();
    const ofYear = yearProblem(cell('year'));
    if (ofYear) problems.push({ row, field: 'year', message: problemMessages[ofYear] });
    if (cell('profession') === '')
      problems.push({ row, field: 'profession', message: problemMessages.required });
    const line: WorkforceFigure = {
      year: parseDecimal(cell('year')) ?? 0,
      profession: cell('profession'),
    };
    if (cell('serviceArea')) line.serviceArea = cell('serviceArea');
    for (const column of figureColumns) {
      const problem = figureProblem(column, cell(column));
      if (problem) problems.push({ row, field: column, message: problemMessages[problem] });
      const value = parseDecimal(cell(column));
      if (value !== undefined) line[column] = value;
    }
    return line;
  });
  parsed.errors.forEach((error) => problems.push({ row: (error.row ?? 0) + 2, message: error.message }));
  const typed = parsed.data.map((record) =>
    Object.fromEntries(Object.entries(record).map(([column, text]) => [column, String(text ?? '').trim()])),
  );
  return { lines, problems, typed };
}
