import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, dataOf } from '@/lib/api/client';
import { ifMatch } from '@/lib/api/if-match';
import type { components } from '@/lib/api/schema';
import { meQueryKey } from '@/lib/auth/get-me';
import { userQueryKey } from './get-user';

export type UserUpdate = components['schemas']['UserUpdate'];

export const updateUserMutationKey = (id: string) => ['users', 'update', id] as const;

/** Renames, (de)activates or sets a new password, on the revision loaded; answers the changed person. */
export async function updateUser(id: string, revision: number, update: UserUpdate) {
  return dataOf(
    await apiClient.PATCH('/api/v1/users/{id}', {
      params: { path: { id }, header: ifMatch(revision) },
      body: update,
    }),
  );
}

export function useUpdateUser(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: updateUserMutationKey(id),
    mutationFn: ({ revision, update }: { revision: number; update: UserUpdate }) =>
      updateUser(id, revision, update),
    onSuccess: (user) => {
      queryClient.setQueryData(userQueryKey(id), user);
      // The administrator may have changed themselves.
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: ['users', 'list'] }),
        queryClient.invalidateQueries({ queryKey: meQueryKey }),
      ]);
    },
  });
}
