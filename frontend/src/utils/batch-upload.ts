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

/** A row's problem as one text: "field: message". */
export const describeProblem = (problem: RowProblem) =>
  `${problem.field ? `${problem.field}: ` : ''}${problem.message}`;

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
