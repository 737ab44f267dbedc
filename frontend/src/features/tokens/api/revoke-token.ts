import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';

export const revokeTokenMutationKey = ['tokens', 'revoke'] as const;

/** Revokes any token (administrators). */
export async function revokeToken(id: string) {
  await apiClient.DELETE('/api/v1/tokens/{id}', { params: { path: { id } } });
}

export function useRevokeToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: revokeTokenMutationKey,
    mutationFn: revokeToken,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['tokens'] }),
  });
}
