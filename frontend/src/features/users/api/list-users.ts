import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, dataOf } from '@/lib/api/client';
import type { paths } from '@/lib/api/schema';
import { personalQuery } from '@/lib/auth/personal-data';

export type UserListParams = NonNullable<paths['/api/v1/users']['get']['parameters']['query']>;

export const usersQueryKey = (params: UserListParams) => ['users', 'list', params] as const;

export async function listUsers(params: UserListParams, signal?: AbortSignal) {
  return dataOf(await apiClient.GET('/api/v1/users', { params: { query: params }, signal }));
}

export const usersQueryOptions = (params: UserListParams) =>
  queryOptions({
    queryKey: usersQueryKey(params),
    queryFn: ({ signal }) => listUsers(params, signal),
    ...personalQuery,
  });

export function useUsers(params: UserListParams) {
  // The previous page stays on screen while the next one loads.
  return useQuery({ ...usersQueryOptions(params), placeholderData: keepPreviousData });
}
