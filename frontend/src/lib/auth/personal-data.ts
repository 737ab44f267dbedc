import type { QueryClient } from '@tanstack/react-query';

declare module '@tanstack/react-query' {
  interface Register {
    queryMeta: {
      /** The data depends on who is signed in: forgotten when someone signs in or out. */
      personal?: boolean;
    };
  }
}

/** Marks a query whose answer depends on who asks (tokens, users, the audit trail). */
export const personalQuery = { meta: { personal: true } } as const;

/** Drops what one person fetched, so the next one never sees it, not even for a moment. */
export function forgetPersonalData(queryClient: QueryClient) {
  queryClient.removeQueries({ predicate: (query) => query.meta?.personal === true });
}
