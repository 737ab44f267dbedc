import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, dataOf } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { meQueryKey } from '@/lib/auth/get-me';
import { forgetPersonalData } from '@/lib/auth/personal-data';

export type SignInRequest = components['schemas']['SignInRequest'];

export const signInMutationKey = ['auth', 'sign-in'] as const;

/** Signs in; the API sets the session cookie and answers who signed in. */
export async function signIn(request: SignInRequest) {
  return dataOf(await apiClient.POST('/api/v1/auth/sign-in', { body: request }));
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: signInMutationKey,
    mutationFn: signIn,
    onSuccess: (me) => {
      forgetPersonalData(queryClient);
      queryClient.setQueryData(meQueryKey, me);
    },
  });
}
