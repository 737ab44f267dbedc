import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { meQueryKey } from '@/lib/auth/get-me';

export const revokeRoleMutationKey = (userId: string) => ['users', 'revoke', userId] as const;

export async function revokeRole(userId: string, grantId: string) {
  await apiClient.DELETE('/api/v1/users/{id}/grants/{grantId}', {
    params: { path: { id: userId, grantId } },
  });
}

export function useRevokeRole(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: revokeRoleMutationKey(userId),
    mutationFn: (grantId: string) => revokeRole(userId, grantId),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['users'] }),
        queryClient.invalidateQueries({ queryKey: meQueryKey }),
      ]),
  });
}
