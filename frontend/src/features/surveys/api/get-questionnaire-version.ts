import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, dataOf } from '@/lib/api/client';

export const questionnaireVersionQueryKey = (id: string, version: number) =>
  ['surveys', 'questionnaires', 'version', id, version] as const;

export async function getQuestionnaireVersion(id: string, version: number, signal?: AbortSignal) {
  return dataOf(
    await apiClient.GET('/api/v1/questionnaires/{questionnaireId}/versions/{version}', {
      params: { path: { questionnaireId: id, version } },
      signal,
    }),
  );
}

export const questionnaireVersionQueryOptions = (id: string, version: number) =>
  queryOptions({
    queryKey: questionnaireVersionQueryKey(id, version),
    queryFn: ({ signal }) => getQuestionnaireVersion(id, version, signal),
    // A frozen version never changes.
    staleTime: Infinity,
  });

export function useQuestionnaireVersion(id: string, version: number | undefined) {
  return useQuery({ ...questionnaireVersionQueryOptions(id, version ?? 0), enabled: version !== undefined });
}
