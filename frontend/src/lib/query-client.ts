import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api/api-error';

const maxRetries = 2;

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 5 * 60 * 1000,
        // A client error will not go away by asking again; a server or network error might.
        retry: (failureCount, error) =>
          !(error instanceof ApiError && error.status < 500) && failureCount < maxRetries,
      },
    },
  });
}
