import type { QuestionnaireListParams } from '../api/list-questionnaires';
import type { QuestionnaireStatus } from '../api/types';

export const questionnaireStatuses: readonly QuestionnaireStatus[] = ['draft', 'open', 'closed', 'archived'];
export const pageSize = 50;

/** The questionnaire list's status filter and page, kept in the URL. */
export type QuestionnaireListFilters = { status: QuestionnaireStatus | ''; page: number };

function readPage(search: URLSearchParams) {
  const page = Number(search.get('page'));
  return Number.isInteger(page) && page > 1 ? page : 1;
}

export function readFilters(search: URLSearchParams): QuestionnaireListFilters {
  const status = search.get('status') as QuestionnaireStatus | null;
  return { status: status && questionnaireStatuses.includes(status) ? status : '', page: readPage(search) };
}

export function toSearchParams(filters: QuestionnaireListFilters): URLSearchParams {
  const search = new URLSearchParams();
  if (filters.status) search.set('status', filters.status);
  if (filters.page > 1) search.set('page', String(filters.page));
  return search;
}

export function toListParams(filters: QuestionnaireListFilters): QuestionnaireListParams {
  return { ...(filters.status && { status: filters.status }), page: filters.page, size: pageSize };
}
