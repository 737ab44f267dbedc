import { QueryCache, QueryClient, type DefaultOptions } from '@tanstack/react-query';
import { ApiError } from './api/api-error';
import { meQueryKey } from './auth/get-me';

const maxRetries = 2;

export function createQueryClient(overrides: DefaultOptions = {}): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        // A 401 means the session has ended: ask again who is signed in, so the header and the
        // page guards follow (getMe itself answers null to a 401, and never lands here).
        if (error instanceof ApiError && error.status === 401 && query.queryKey[0] !== meQueryKey[0]) {
          void queryClient.invalidateQueries({ queryKey: meQueryKey });
        }
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 5 * 60 * 1000,
        // A client error will not go away by asking again; a server or network error might.
        retry: (failureCount, error) =>
          !(error instanceof ApiError && error.status < 500) && failureCount < maxRetries,
        ...overrides.queries,
      },
      mutations: { ...overrides.mutations },
    },
  });
  return queryClient;
}
