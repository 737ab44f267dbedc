import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { apiClient } from '@/lib/api/client';
import { appPaths } from '@/lib/app-paths';
import { meQueryKey } from '@/lib/auth/get-me';
import { forgetPersonalData } from '@/lib/auth/personal-data';

export const signOutMutationKey = ['auth', 'sign-out'] as const;

/** Ends the session; the API clears its cookie. */
export async function signOut() {
  await apiClient.POST('/api/v1/auth/sign-out');
}

/** Signs out, goes to a visitor's start page (the municipality list), forgets what was fetched as that person and asks who is signed in. */
export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationKey: signOutMutationKey,
    mutationFn: signOut,
    onSuccess: async () => {
      // Leave a protected page first, and at once (not in a transition that a later render could
      // overtake), so its guard does not send the person to the sign-in page. Not to `/`: it would still send the
      // person to their own start page (a protected one) until the query of who is signed in has answered.
      await navigate(appPaths.municipalities, { flushSync: true });
      forgetPersonalData(queryClient);
      await queryClient.invalidateQueries({ queryKey: meQueryKey });
    },
  });
}
