import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, dataOf } from '@/lib/api/client';

export const countiesQueryKey = ['counties', 'list'] as const;

export async function listCounties(signal?: AbortSignal) {
  return dataOf(await apiClient.GET('/api/v1/counties', { signal }));
}

export const countiesQueryOptions = () =>
  queryOptions({
    queryKey: countiesQueryKey,
    queryFn: ({ signal }) => listCounties(signal),
    // Counties change once in a generation.
    staleTime: Infinity,
  });

export function useCounties() {
  return useQuery(countiesQueryOptions());
}
