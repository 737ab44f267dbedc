import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, dataOf } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type ApiTokenRequest = components['schemas']['ApiTokenRequest'];

export const createMyTokenMutationKey = ['tokens', 'mine', 'create'] as const;

/** Issues a personal token; the answer holds its value, this once. */
export async function createMyToken(request: ApiTokenRequest) {
  return dataOf(await apiClient.POST('/api/v1/me/tokens', { body: request }));
}

export function useCreateMyToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: createMyTokenMutationKey,
    mutationFn: createMyToken,
    // The value is a secret: kept no longer than the page that shows it.
    gcTime: 0,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['tokens'] }),
  });
}
