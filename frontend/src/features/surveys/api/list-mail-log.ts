import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, dataOf } from '@/lib/api/client';

export const mailLogQueryKey = (id: string) => ['surveys', 'mail-log', id] as const;

/** Every e-mail of the questionnaire and how its sending went. */
export async function listMailLog(id: string, signal?: AbortSignal) {
  return dataOf(
    await apiClient.GET('/api/v1/questionnaires/{questionnaireId}/mail-log', {
      params: { path: { questionnaireId: id } },
      signal,
    }),
  );
}

export function useMailLog(id: string) {
  return useQuery({
    ...queryOptions({ queryKey: mailLogQueryKey(id), queryFn: ({ signal }) => listMailLog(id, signal) }),
    // The worker sends in the background: follow it while something is on its way.
    refetchInterval: (query) =>
      query.state.data?.some((e) => ['queued', 'sending', 'deferred'].includes(e.status ?? ''))
        ? 5000
        : false,
  });
}
