import type { ResultFilter } from '../api/get-questionnaire-response-rates';

/**
 * The address of a questionnaire's responses as a file. A plain link does: the session is a cookie, and the
 * browser downloads what the API answers.
 */
export function exportUrl(id: string, format: 'csv' | 'xlsx', filter: ResultFilter): string {
  const search = new URLSearchParams({ format });
  if (filter.county) search.set('county', filter.county);
  for (const code of filter.municipality ?? []) search.append('municipality', code);
  return `/api/v1/questionnaires/${encodeURIComponent(id)}/export?${search.toString()}`;
}
