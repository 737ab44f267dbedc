import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';

export const revokeMyTokenMutationKey = ['tokens', 'mine', 'revoke'] as const;

export async function revokeMyToken(id: string) {
  await apiClient.DELETE('/api/v1/me/tokens/{id}', { params: { path: { id } } });
}

export function useRevokeMyToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: revokeMyTokenMutationKey,
    mutationFn: revokeMyToken,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['tokens'] }),
  });
}
