import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, dataOf } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { meQueryKey } from '@/lib/auth/get-me';

export type GrantRequest = components['schemas']['GrantRequest'];

export const grantRoleMutationKey = (userId: string) => ['users', 'grant', userId] as const;

export async function grantRole(userId: string, grant: GrantRequest) {
  return dataOf(
    await apiClient.POST('/api/v1/users/{id}/grants', { params: { path: { id: userId } }, body: grant }),
  );
}

export function useGrantRole(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: grantRoleMutationKey(userId),
    mutationFn: (grant: GrantRequest) => grantRole(userId, grant),
    // The person's detail and list rows show their grants; the administrator may have granted themselves.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['users'] }),
        queryClient.invalidateQueries({ queryKey: meQueryKey }),
      ]),
  });
}
