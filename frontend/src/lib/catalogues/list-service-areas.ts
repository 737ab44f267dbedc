import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, dataOf } from '@/lib/api/client';

export const serviceAreasQueryKey = ['catalogues', 'service-areas'] as const;

export async function listServiceAreas(signal?: AbortSignal) {
  return dataOf(await apiClient.GET('/api/v1/service-areas', { signal }));
}

export const serviceAreasQueryOptions = () =>
  queryOptions({
    queryKey: serviceAreasQueryKey,
    queryFn: ({ signal }) => listServiceAreas(signal),
    staleTime: Infinity,
  });

export function useServiceAreas() {
  return useQuery(serviceAreasQueryOptions());
}
