import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, dataOf } from '@/lib/api/client';

export const professionsQueryKey = ['catalogues', 'professions'] as const;

export async function listProfessions(signal?: AbortSignal) {
  return dataOf(await apiClient.GET('/api/v1/professions', { signal }));
}

export const professionsQueryOptions = () =>
  queryOptions({
    queryKey: professionsQueryKey,
    queryFn: ({ signal }) => listProfessions(signal),
    staleTime: Infinity,
  });

export function useProfessions() {
  return useQuery(professionsQueryOptions());
}
