import Papa from 'papaparse';
import { parseDecimal } from '@/utils/decimal';
import type { RowProblem } from '@/utils/batch-upload';
import type { CostLine } from '../api/costs-api';

/** The columns of a cost file, in the template's order; the API's field names. */
export const costColumns = [
  'year',
  'month',
  'serviceArea',
  'profession',
  'hiredCost',
  'ownCost',
  'hiredPersons',
  'hiredFte',
  'procured',
  'task',
  'reasons',
] as const;

const procuredValues = ['yes', 'no', 'partly'] as const satisfies readonly NonNullable<
  CostLine['procured']
>[];
const taskValues = ['authority', 'delivery', 'both'] as const satisfies readonly NonNullable<
  CostLine['task']
>[];
const reasonValues = [
  'no_qualified_applicants',
  'workload',
  'quick_appointment',
  'temporary_absence',
  'other',
] as const satisfies readonly NonNullable<CostLine['reasons']>[number][];

/** The downloadable template: a header and one example row, semicolon-separated as Swedish Excel writes it. */
export function costTemplate(): string {
  return `${costColumns.join(';')}\r\n2025;;barn_unga;;3390000;96610000;4;3,5;yes;delivery;workload|temporary_absence\r\n`;
}

export type ParsedCosts = {
  lines: CostLine[];
  problems: RowProblem[];
  /** Each line's cells as typed, by column. */
  typed: Record<string, string>[];
};

/**
 * Parses a cost file (comma- or semicolon-separated, with or without a byte order mark) into lines for the API,
 * noting the rows it cannot read. What only the server knows (codes, natural keys) it checks on upload.
 */
export function parseCostCsv(text: string): ParsedCosts {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (header) => header.trim(),
  });
  const problems: RowProblem[] = [];
  const missing = ['year', 'serviceArea', 'hiredCost', 'ownCost'].filter(
    (column) => !parsed.meta.fields?.includes(column),
  );
  if (missing.length > 0) {
    return {
      lines: [],
      problems: [{ row: 1, message: `missing columns: ${missing.join(', ')}` }],
      typed: [],
    };
  }
  const lines = parsed.data.map((record, index) => {
    const row = index + 2;
    const cell = (column: (typeof costColumns)[number]) => (record[column] ?? '').trim();
    const need = (column: 'year' | 'hiredCost' | 'ownCost') => {
      const value = parseDecimal(cell(column));
      if (value === undefined) problems.push({ row, field: column, message: 'must be a number' });
      return value ?? 0;
    };
    const optional = (column: 'month' | 'hiredPersons' | 'hiredFte') => {
      if (cell(column) === '') return undefined;
      const value = parseDecimal(cell(column));
      if (value === undefined) problems.push({ row, field: column, message: 'must be a number' });
      return value;
    };
    if (cell('serviceArea') === '') problems.push({ row, field: 'serviceArea', message: 'is required' });
    const line: CostLine = {
      year: need('year'),
      serviceArea: cell('serviceArea'),
      hiredCost: need('hiredCost'),
      ownCost: need('ownCost'),
    };
    const month = optional('month');
    if (month !== undefined) line.month = month;
    if (cell('profession')) line.profession = cell('profession');
    const persons = optional('hiredPersons');
    if (persons !== undefined) line.hiredPersons = persons;
    const fte = optional('hiredFte');
    if (fte !== undefined) line.hiredFte = fte;
    const oneOf = <T extends string>(
      column: 'procured' | 'task' | 'reasons',
      allowed: readonly T[],
      value: string,
    ) => {
      if ((allowed as readonly string[]).includes(value)) return true;
      problems.push({ row, field: column, message: `must be one of ${allowed.join(', ')}` });
      return false;
    };
    if (cell('procured') && oneOf('procured', procuredValues, cell('procured')))
      line.procured = cell('procured') as CostLine['procured'];
    if (cell('task') && oneOf('task', taskValues, cell('task'))) line.task = cell('task') as CostLine['task'];
    if (cell('reasons')) {
      const reasons = cell('reasons')
        .split(/[|,]/)
        .map((reason) => reason.trim())
        .filter(Boolean);
      if (reasons.every((reason) => oneOf('reasons', reasonValues, reason)))
        line.reasons = reasons as CostLine['reasons'];
    }
    return line;
  });
  parsed.errors.forEach((error) => problems.push({ row: (error.row ?? 0) + 2, message: error.message }));
  const typed = parsed.data.map((record) =>
    Object.fromEntries(Object.entries(record).map(([column, text]) => [column, String(text ?? '').trim()])),
  );
  return { lines, problems, typed };
}
