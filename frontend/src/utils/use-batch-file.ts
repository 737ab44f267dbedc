import { useState, type ChangeEvent } from 'react';
import { ApiError } from '@/lib/api/api-error';
import { newIdempotencyKey, rowProblems, type RowProblem } from './batch-upload';

/** A file chosen for a batch upload: its lines, the rows it could not read, and its Idempotency-Key. */
export type BatchFile<L> = {
  name: string;
  lines: L[];
  problems: RowProblem[];
  /** Each line's cells as typed in the file, by column: what a preview shows where a cell could not be read. */
  typed?: Record<string, string>[];
  /** One per file chosen: sending it again (a retry, a second click) stores it once. */
  idempotencyKey: string;
};

/**
 * The file of a batch upload, read with `parse` when chosen. `onChoose` runs first, to forget the answer to an
 * earlier file.
 */
export function useBatchFile<L>(
  parse: (text: string) => { lines: L[]; problems: RowProblem[]; typed?: Record<string, string>[] },
  onChoose: () => void,
) {
  const [file, setFile] = useState<BatchFile<L>>();
  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    onChoose();
    const chosen = event.target.files?.[0];
    setFile(
      chosen
        ? { name: chosen.name, ...parse(await chosen.text()), idempotencyKey: newIdempotencyKey() }
        : undefined,
    );
  };
  return { file, choose };
}

/** The rows the server refused a batch for (a 400 naming `lines[i].field`); none for any other error. */
export function serverRowProblems(error: unknown): RowProblem[] {
  return error instanceof ApiError && error.status === 400 ? rowProblems(error.violations) : [];
}
