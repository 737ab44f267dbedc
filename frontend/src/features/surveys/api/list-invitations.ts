import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, dataOf } from '@/lib/api/client';
import type { paths } from '@/lib/api/schema';

export type InvitationListParams = NonNullable<
  paths['/api/v1/questionnaires/{questionnaireId}/invitations']['get']['parameters']['query']
>;

export const invitationsQueryKey = (id: string, params: InvitationListParams) =>
  ['surveys', 'invitations', id, params] as const;

export async function listInvitations(id: string, params: InvitationListParams, signal?: AbortSignal) {
  return dataOf(
    await apiClient.GET('/api/v1/questionnaires/{questionnaireId}/invitations', {
      params: { path: { questionnaireId: id }, query: params },
      signal,
    }),
  );
}

export const invitationsQueryOptions = (id: string, params: InvitationListParams) =>
  queryOptions({
    queryKey: invitationsQueryKey(id, params),
    queryFn: ({ signal }) => listInvitations(id, params, signal),
    staleTime: 30 * 1000,
  });

export function useInvitations(id: string, params: InvitationListParams) {
  return useQuery({ ...invitationsQueryOptions(id, params), placeholderData: keepPreviousData });
}
