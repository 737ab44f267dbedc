import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, dataOf } from '@/lib/api/client';
import type { paths } from '@/lib/api/schema';

export type MunicipalityListParams = NonNullable<
  paths['/api/v1/municipalities']['get']['parameters']['query']
>;

export const municipalitiesQueryKey = (params: MunicipalityListParams) =>
  ['municipalities', 'list', params] as const;

export async function listMunicipalities(params: MunicipalityListParams, signal?: AbortSignal) {
  return dataOf(await apiClient.GET('/api/v1/municipalities', { params: { query: params }, signal }));
}

export const municipalitiesQueryOptions = (params: MunicipalityListParams) =>
  queryOptions({
    queryKey: municipalitiesQueryKey(params),
    queryFn: ({ signal }) => listMunicipalities(params, signal),
  });

export function useMunicipalities(params: MunicipalityListParams) {
  // The previous page stays on screen while the next one loads.
  return useQuery({ ...municipalitiesQueryOptions(params), placeholderData: keepPreviousData });
}
