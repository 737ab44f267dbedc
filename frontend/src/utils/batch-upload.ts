import type { TFunction } from 'i18next';
import type { Messages } from '@/lib/i18n/locales/sv';

/**
 * What the batch uploads (cost lines, workforce figures) share: the years the API takes, problems by file row,
 * and Idempotency-Keys.
 */

/** The years the API takes. */
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;

/** A year typed as four digits within the API's years, or undefined. */
export function validYear(text: string): number | undefined {
  const year = Number(text);
  return /^\d{4}$/.test(text.trim()) && year >= FIRST_YEAR && year <= LAST_YEAR ? year : undefined;
}

/** A problem with a row of a file, by its row number as a spreadsheet shows it (the header is row 1). */
export type RowProblem = { row: number; field?: string; message: string };

/** The file readers' own messages (written in English) and their keys under `upload.problems`. */
const readerMessages: Record<string, keyof Messages['upload']['problems']> = {
  'is required': 'required',
  'must be a number': 'number',
  'must be 0 or more': 'notNegative',
  'must be a whole number': 'wholeNumber',
  'must be at most 100': 'atMost100',
  [`must be a year from ${FIRST_YEAR} to ${LAST_YEAR}`]: 'year',
  'is missing from the header': 'missingHeader',
  'must begin with a four-digit code': 'municipalityCode',
  'must be a whole number, 1 or more': 'inhabitants',
};

/**
 * A problem's message in the reader's language: a file reader's own through the catalogue; the API's as it came,
 * since the API already answers in the language the app asks for (Accept-Language).
 */
export function problemMessage(message: string, t: TFunction): string {
  const key = readerMessages[message];
  if (key) return t(`upload.problems.${key}`);
  const oneOf = /^must be one of (.+)$/.exec(message);
  if (oneOf) return t('upload.problems.oneOf', { values: oneOf[1] ?? '' });
  const missing = /^missing columns: (.+)$/.exec(message);
  if (missing) return t('upload.problems.missingColumns', { columns: missing[1] ?? '' });
  return message;
}

/** A column as people know it: its name in words and, as typed in the file's header, its name there. */
export function columnName(field: string, t: TFunction): string {
  const labels: Record<string, string> = t('upload.columns', { returnObjects: true });
  const label = labels[field];
  return label ? t('upload.column', { label, name: field }) : field;
}

/**
 * A problem as one text, "Rad 4, kolumn Verksamhetsområde (serviceArea): …" with its row, or
 * "Kolumn Verksamhetsområde (serviceArea): …" without (where the row is shown beside it).
 */
export function describeProblem(problem: RowProblem, t: TFunction, withRow = false): string {
  const message = problemMessage(problem.message, t);
  const column = problem.field ? columnName(problem.field, t) : undefined;
  if (withRow && problem.row > 0) {
    return column
      ? t('upload.rowColumnProblem', { row: problem.row, column, message })
      : t('upload.rowProblem', { row: problem.row, message });
  }
  return column ? t('upload.columnProblem', { column, message }) : message;
}

/** The API's violations (`lines[3].leavers`) as problems of file rows (line 3 is row 5: header and zero). */
export function rowProblems(violations: readonly { field: string; message: string }[]): RowProblem[] {
  return violations.map((violation) => {
    const match = /^lines\[(\d+)\](?:\.(\w+))?/.exec(violation.field);
    return match
      ? { row: Number(match[1]) + 2, field: match[2], message: violation.message }
      : { row: 0, field: violation.field, message: violation.message };
  });
}

/** A new Idempotency-Key: one per batch the person means to store, so a retry of it stores once. */
export function newIdempotencyKey(): string {
  // randomUUID needs a secure context; elsewhere time and chance are unique enough for one person's uploads.
  return typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
