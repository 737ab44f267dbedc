import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, dataOf } from '@/lib/api/client';

// The county list as the surveys pages need it (names for codes, filters); the counties feature has its own.
export const surveyCountiesQueryKey = ['surveys', 'counties'] as const;

export async function listCounties(signal?: AbortSignal) {
  return dataOf(await apiClient.GET('/api/v1/counties', { signal }));
}

export const surveyCountiesQueryOptions = () =>
  queryOptions({
    queryKey: surveyCountiesQueryKey,
    queryFn: ({ signal }) => listCounties(signal),
    staleTime: Infinity,
  });

export function useSurveyCounties() {
  return useQuery(surveyCountiesQueryOptions());
}
