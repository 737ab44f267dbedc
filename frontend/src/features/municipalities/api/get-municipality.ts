import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, dataOf } from '@/lib/api/client';

export const municipalityQueryKey = (code: string) => ['municipalities', 'detail', code] as const;

export async function getMunicipality(code: string, signal?: AbortSignal) {
  return dataOf(await apiClient.GET('/api/v1/municipalities/{code}', { params: { path: { code } }, signal }));
}

export const municipalityQueryOptions = (code: string) =>
  queryOptions({
    queryKey: municipalityQueryKey(code),
    queryFn: ({ signal }) => getMunicipality(code, signal),
  });

export function useMunicipality(code: string) {
  return useQuery(municipalityQueryOptions(code));
}
