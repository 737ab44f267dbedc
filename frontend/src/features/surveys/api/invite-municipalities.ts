import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, dataOf } from '@/lib/api/client';
import type { InvitationRequest } from './types';

/** Invites municipalities; the answer carries each new respondent link, this once. */
export async function inviteMunicipalities(id: string, request: InvitationRequest) {
  return dataOf(
    await apiClient.POST('/api/v1/questionnaires/{questionnaireId}/invitations', {
      params: { path: { questionnaireId: id } },
      body: request,
    }),
  );
}

export function useInviteMunicipalities(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['surveys', 'invitations', 'create', id],
    mutationFn: (request: InvitationRequest) => inviteMunicipalities(id, request),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['surveys', 'invitations', id] }),
        queryClient.invalidateQueries({ queryKey: ['surveys', 'rates'] }),
        queryClient.invalidateQueries({ queryKey: ['surveys', 'campaigns', 'rates'] }),
      ]),
  });
}
