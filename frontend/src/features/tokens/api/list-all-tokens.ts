import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, dataOf } from '@/lib/api/client';
import { personalQuery } from '@/lib/auth/personal-data';

export const allTokensQueryKey = ['tokens', 'all'] as const;

export async function listAllTokens(signal?: AbortSignal) {
  return dataOf(await apiClient.GET('/api/v1/tokens', { signal }));
}

export const allTokensQueryOptions = () =>
  queryOptions({
    queryKey: allTokensQueryKey,
    queryFn: ({ signal }) => listAllTokens(signal),
    ...personalQuery,
  });

export function useAllTokens() {
  return useQuery(allTokensQueryOptions());
}
