import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, dataOf } from '@/lib/api/client';
import type { paths } from '@/lib/api/schema';

export type ResultFilter = NonNullable<
  paths['/api/v1/questionnaires/{questionnaireId}/response-rates']['get']['parameters']['query']
>;

export const questionnaireRatesQueryKey = (id: string, filter: ResultFilter) =>
  ['surveys', 'rates', id, filter] as const;

export async function getQuestionnaireResponseRates(id: string, filter: ResultFilter, signal?: AbortSignal) {
  return dataOf(
    await apiClient.GET('/api/v1/questionnaires/{questionnaireId}/response-rates', {
      params: { path: { questionnaireId: id }, query: filter },
      signal,
    }),
  );
}

export const questionnaireRatesQueryOptions = (id: string, filter: ResultFilter) =>
  queryOptions({
    queryKey: questionnaireRatesQueryKey(id, filter),
    queryFn: ({ signal }) => getQuestionnaireResponseRates(id, filter, signal),
    staleTime: 30 * 1000,
  });

export function useQuestionnaireResponseRates(id: string, filter: ResultFilter = {}) {
  return useQuery(questionnaireRatesQueryOptions(id, filter));
}
