import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, dataOf } from '@/lib/api/client';
import { personalQuery } from '@/lib/auth/personal-data';

export const municipalityTokensQueryKey = (code: string) => ['tokens', 'municipality', code] as const;

export async function listMunicipalityTokens(code: string, signal?: AbortSignal) {
  return dataOf(
    await apiClient.GET('/api/v1/municipalities/{code}/tokens', { params: { path: { code } }, signal }),
  );
}

export const municipalityTokensQueryOptions = (code: string) =>
  queryOptions({
    queryKey: municipalityTokensQueryKey(code),
    queryFn: ({ signal }) => listMunicipalityTokens(code, signal),
    ...personalQuery,
  });

export function useMunicipalityTokens(code: string) {
  return useQuery(municipalityTokensQueryOptions(code));
}
