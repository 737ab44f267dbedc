import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, dataOf } from '@/lib/api/client';

export const surveyCountyQueryKey = (code: string) => ['surveys', 'county', code] as const;

/** A county with its municipalities, to choose among them. */
export async function getCounty(code: string, signal?: AbortSignal) {
  return dataOf(await apiClient.GET('/api/v1/counties/{code}', { params: { path: { code } }, signal }));
}

export const surveyCountyQueryOptions = (code: string) =>
  queryOptions({
    queryKey: surveyCountyQueryKey(code),
    queryFn: ({ signal }) => getCounty(code, signal),
    staleTime: Infinity,
  });

export function useSurveyCounty(code: string) {
  return useQuery({ ...surveyCountyQueryOptions(code), enabled: Boolean(code) });
}
