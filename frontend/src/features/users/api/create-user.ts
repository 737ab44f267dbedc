import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, dataOf } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { userQueryKey } from './get-user';

export type UserCreate = components['schemas']['UserCreate'];

export const createUserMutationKey = ['users', 'create'] as const;

/** Creates a person with an initial password; roles are granted next. */
export async function createUser(user: UserCreate) {
  return dataOf(await apiClient.POST('/api/v1/users', { body: user }));
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: createUserMutationKey,
    mutationFn: createUser,
    onSuccess: (user) => {
      queryClient.setQueryData(userQueryKey(user.id), user);
      return queryClient.invalidateQueries({ queryKey: ['users', 'list'] });
    },
  });
}
