import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, dataOf } from '@/lib/api/client';

export const contactsQueryKey = (code: string) => ['contacts', code] as const;

/** The municipality's contact persons for surveys. */
export async function listContacts(code: string, signal?: AbortSignal) {
  return dataOf(
    await apiClient.GET('/api/v1/municipalities/{code}/contacts', { params: { path: { code } }, signal }),
  );
}

export const contactsQueryOptions = (code: string) =>
  queryOptions({
    queryKey: contactsQueryKey(code),
    queryFn: ({ signal }) => listContacts(code, signal),
    staleTime: 30 * 1000,
  });

export function useContacts(code: string, enabled = true) {
  return useQuery({ ...contactsQueryOptions(code), enabled });
}
