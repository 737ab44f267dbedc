import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, dataOf } from '@/lib/api/client';

export const templatesQueryKey = ['surveys', 'templates'] as const;

export async function listQuestionnaireTemplates(signal?: AbortSignal) {
  return dataOf(await apiClient.GET('/api/v1/questionnaire-templates', { signal }));
}

export const templatesQueryOptions = () =>
  queryOptions({
    queryKey: templatesQueryKey,
    queryFn: ({ signal }) => listQuestionnaireTemplates(signal),
    staleTime: Infinity,
  });

export function useQuestionnaireTemplates() {
  return useQuery(templatesQueryOptions());
}
