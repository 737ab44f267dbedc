import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, dataOf } from '@/lib/api/client';

/** Withdraws an invitation: its link stops working and it no longer counts in response rates. */
export async function revokeInvitation(invitationId: string) {
  return dataOf(
    await apiClient.POST('/api/v1/invitations/{invitationId}/revoke', { params: { path: { invitationId } } }),
  );
}

export function useRevokeInvitation(questionnaireId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['surveys', 'invitations', 'revoke', questionnaireId],
    mutationFn: revokeInvitation,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['surveys', 'invitations', questionnaireId] }),
        queryClient.invalidateQueries({ queryKey: ['surveys', 'rates'] }),
        queryClient.invalidateQueries({ queryKey: ['surveys', 'campaigns', 'rates'] }),
      ]),
  });
}
