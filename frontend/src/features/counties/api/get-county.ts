import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, dataOf } from '@/lib/api/client';

export const countyQueryKey = (code: string) => ['counties', 'detail', code] as const;

export async function getCounty(code: string, signal?: AbortSignal) {
  return dataOf(await apiClient.GET('/api/v1/counties/{code}', { params: { path: { code } }, signal }));
}

export const countyQueryOptions = (code: string) =>
  queryOptions({
    queryKey: countyQueryKey(code),
    queryFn: ({ signal }) => getCounty(code, signal),
  });

export function useCounty(code: string) {
  return useQuery(countyQueryOptions(code));
}
