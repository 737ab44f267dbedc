import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, dataOf } from '@/lib/api/client';
import type { ResultFilter } from './get-questionnaire-response-rates';

export const questionnaireResultsQueryKey = (id: string, filter: ResultFilter) =>
  ['surveys', 'results', id, filter] as const;

export async function getQuestionnaireResults(id: string, filter: ResultFilter, signal?: AbortSignal) {
  return dataOf(
    await apiClient.GET('/api/v1/questionnaires/{questionnaireId}/results', {
      params: { path: { questionnaireId: id }, query: filter },
      signal,
    }),
  );
}

export const questionnaireResultsQueryOptions = (id: string, filter: ResultFilter) =>
  queryOptions({
    queryKey: questionnaireResultsQueryKey(id, filter),
    queryFn: ({ signal }) => getQuestionnaireResults(id, filter, signal),
    staleTime: 30 * 1000,
  });

export function useQuestionnaireResults(id: string, filter: ResultFilter) {
  return useQuery({ ...questionnaireResultsQueryOptions(id, filter), placeholderData: keepPreviousData });
}
