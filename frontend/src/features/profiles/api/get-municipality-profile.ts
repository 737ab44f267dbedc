import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, dataOf } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type MunicipalityProfile = components['schemas']['MunicipalityProfile'];

export const municipalityProfileQueryKey = (code: string) => ['profiles', 'municipality', code] as const;

export const municipalityProfileQueryOptions = (code: string) =>
  queryOptions({
    queryKey: municipalityProfileQueryKey(code),
    queryFn: async ({ signal }) =>
      dataOf(
        await apiClient.GET('/api/v1/municipalities/{code}/profile', { params: { path: { code } }, signal }),
      ),
  });

export function useMunicipalityProfile(code: string) {
  return useQuery(municipalityProfileQueryOptions(code));
}
