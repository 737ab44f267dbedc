import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, dataOf } from '@/lib/api/client';
import type { paths } from '@/lib/api/schema';

export type QuestionnaireListParams = NonNullable<
  paths['/api/v1/questionnaires']['get']['parameters']['query']
>;

export const questionnairesQueryKey = (params: QuestionnaireListParams) =>
  ['surveys', 'questionnaires', 'list', params] as const;

export async function listQuestionnaires(params: QuestionnaireListParams, signal?: AbortSignal) {
  return dataOf(await apiClient.GET('/api/v1/questionnaires', { params: { query: params }, signal }));
}

export const questionnairesQueryOptions = (params: QuestionnaireListParams) =>
  queryOptions({
    queryKey: questionnairesQueryKey(params),
    queryFn: ({ signal }) => listQuestionnaires(params, signal),
  });

export function useQuestionnaires(params: QuestionnaireListParams, options: { enabled?: boolean } = {}) {
  return useQuery({ ...questionnairesQueryOptions(params), placeholderData: keepPreviousData, ...options });
}
