import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, dataOf } from '@/lib/api/client';

/** Opens a submitted response for changes again; the reason goes to the audit trail. */
export async function reopenResponse(invitationId: string, reason: string) {
  return dataOf(
    await apiClient.POST('/api/v1/invitations/{invitationId}/reopen', {
      params: { path: { invitationId } },
      body: { reason },
    }),
  );
}

export function useReopenResponse(questionnaireId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['surveys', 'invitations', 'reopen', questionnaireId],
    mutationFn: ({ invitationId, reason }: { invitationId: string; reason: string }) =>
      reopenResponse(invitationId, reason),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['surveys', 'invitations', questionnaireId] }),
        queryClient.invalidateQueries({ queryKey: ['surveys', 'rates'] }),
        queryClient.invalidateQueries({ queryKey: ['surveys', 'campaigns', 'rates'] }),
        queryClient.invalidateQueries({ queryKey: ['surveys', 'results'] }),
        queryClient.invalidateQueries({ queryKey: ['surveys', 'responses'] }),
      ]),
  });
}
