import { useMutation } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type PasswordChange = components['schemas']['PasswordChange'];

export const changePasswordMutationKey = ['auth', 'password'] as const;

/** Changes the signed-in person's password; their other sessions end, this one goes on. */
export async function changePassword(change: PasswordChange) {
  await apiClient.PUT('/api/v1/auth/password', { body: change });
}

export function useChangePassword() {
  return useMutation({ mutationKey: changePasswordMutationKey, mutationFn: changePassword });
}
