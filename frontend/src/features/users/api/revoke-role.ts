import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { ifMatch } from '@/lib/api/if-match';
import { meQueryKey } from '@/lib/auth/get-me';

export const revokeRoleMutationKey = (userId: string) => ['users', 'revoke', userId] as const;

/** Revokes a grant; grants are part of the user, so it sends the user's revision as loaded. */
export async function revokeRole(userId: string, grantId: string, revision: number) {
  await apiClient.DELETE('/api/v1/users/{id}/grants/{grantId}', {
    params: { path: { id: userId, grantId }, header: ifMatch(revision) },
  });
}

export function useRevokeRole(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: revokeRoleMutationKey(userId),
    mutationFn: ({ grantId, revision }: { grantId: string; revision: number }) =>
      revokeRole(userId, grantId, revision),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['users'] }),
        queryClient.invalidateQueries({ queryKey: meQueryKey }),
      ]),
  });
}
