import { queryOptions, useQuery } from '@tanstack/react-query';
import { ApiError } from '@/lib/api/api-error';
import { apiClient, dataOf } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

// Every feature asks who is signed in, and features never import each other: so this one operation
// lives here, as bulletproof-react keeps its `useUser` in lib/auth.

export type Me = components['schemas']['Me'];

export const meQueryKey = ['auth', 'me'] as const;

/**
 * Who is signed in; null when nobody is. Asks the session operation, which answers 200 "not signed in" to a visitor
 * without a session, so an anonymous page loads without an error in the console. A session that has ended is still a
 * 401 from the server (the console shows it, as it should), and here it means the same: nobody is signed in.
 */
export async function getMe(signal?: AbortSignal): Promise<Me | null> {
  try {
    const session = dataOf(await apiClient.GET('/api/v1/auth/session', { signal }));
    return session.signedIn ? (session.me ?? null) : null;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      return null;
    }
    throw error;
  }
}

export const meQueryOptions = () =>
  queryOptions({
    queryKey: meQueryKey,
    queryFn: ({ signal }) => getMe(signal),
    // Grants can change on the server; look again now and then, and on returning to the tab.
    staleTime: 60 * 1000,
  });

export function useMe() {
  return useQuery(meQueryOptions());
}
