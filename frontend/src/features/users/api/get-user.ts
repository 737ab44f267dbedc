import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, dataOf } from '@/lib/api/client';
import { personalQuery } from '@/lib/auth/personal-data';

export const userQueryKey = (id: string) => ['users', 'detail', id] as const;

export async function getUser(id: string, signal?: AbortSignal) {
  return dataOf(await apiClient.GET('/api/v1/users/{id}', { params: { path: { id } }, signal }));
}

export const userQueryOptions = (id: string) =>
  queryOptions({
    queryKey: userQueryKey(id),
    queryFn: ({ signal }) => getUser(id, signal),
    ...personalQuery,
  });

export function useUser(id: string) {
  return useQuery(userQueryOptions(id));
}
