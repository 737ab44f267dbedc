import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, dataOf } from '@/lib/api/client';
import { personalQuery } from '@/lib/auth/personal-data';

export const myTokensQueryKey = ['tokens', 'mine'] as const;

export async function listMyTokens(signal?: AbortSignal) {
  return dataOf(await apiClient.GET('/api/v1/me/tokens', { signal }));
}

export const myTokensQueryOptions = () =>
  queryOptions({
    queryKey: myTokensQueryKey,
    queryFn: ({ signal }) => listMyTokens(signal),
    ...personalQuery,
  });

export function useMyTokens() {
  return useQuery(myTokensQueryOptions());
}
