import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, dataOf } from '@/lib/api/client';

export const questionnaireQueryKey = (id: string) => ['surveys', 'questionnaires', 'detail', id] as const;

/** The questionnaire with its current definition; its `revision` is the ETag to send in If-Match. */
export async function getQuestionnaire(id: string, signal?: AbortSignal) {
  return dataOf(
    await apiClient.GET('/api/v1/questionnaires/{questionnaireId}', {
      params: { path: { questionnaireId: id } },
      signal,
    }),
  );
}

export const questionnaireQueryOptions = (id: string) =>
  queryOptions({
    queryKey: questionnaireQueryKey(id),
    queryFn: ({ signal }) => getQuestionnaire(id, signal),
  });

export function useQuestionnaire(id: string) {
  return useQuery({ ...questionnaireQueryOptions(id), enabled: Boolean(id) });
}
