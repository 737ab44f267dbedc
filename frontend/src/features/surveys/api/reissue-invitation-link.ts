import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, dataOf } from '@/lib/api/client';

/** A new respondent link, shown once; the old one stops working. */
export async function reissueInvitationLink(invitationId: string) {
  return dataOf(
    await apiClient.POST('/api/v1/invitations/{invitationId}/link', { params: { path: { invitationId } } }),
  );
}

export function useReissueInvitationLink(questionnaireId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['surveys', 'invitations', 'reissue', questionnaireId],
    mutationFn: reissueInvitationLink,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['surveys', 'invitations', questionnaireId] }),
  });
}
