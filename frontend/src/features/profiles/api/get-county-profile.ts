import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, dataOf } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type CountyProfile = components['schemas']['CountyProfile'];

export const countyProfileQueryKey = (code: string) => ['profiles', 'county', code] as const;

export const countyProfileQueryOptions = (code: string) =>
  queryOptions({
    queryKey: countyProfileQueryKey(code),
    queryFn: async ({ signal }) =>
      dataOf(await apiClient.GET('/api/v1/counties/{code}/profile', { params: { path: { code } }, signal })),
  });

export function useCountyProfile(code: string) {
  return useQuery(countyProfileQueryOptions(code));
}
