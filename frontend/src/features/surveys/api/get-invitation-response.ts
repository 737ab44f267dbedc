import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, dataOf } from '@/lib/api/client';

export const invitationResponseQueryKey = (invitationId: string) =>
  ['surveys', 'responses', invitationId] as const;

/** One municipality's answers (not for anonymous questionnaires). */
export async function getInvitationResponse(invitationId: string, signal?: AbortSignal) {
  return dataOf(
    await apiClient.GET('/api/v1/invitations/{invitationId}/response', {
      params: { path: { invitationId } },
      signal,
    }),
  );
}

export const invitationResponseQueryOptions = (invitationId: string) =>
  queryOptions({
    queryKey: invitationResponseQueryKey(invitationId),
    queryFn: ({ signal }) => getInvitationResponse(invitationId, signal),
  });

export function useInvitationResponse(invitationId: string) {
  return useQuery(invitationResponseQueryOptions(invitationId));
}
