import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, dataOf } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type MailingRequest = components['schemas']['MailingRequest'];

/** Queues invitation e-mails, or a reminder now. */
export async function queueMailing(id: string, request: MailingRequest) {
  return dataOf(
    await apiClient.POST('/api/v1/questionnaires/{questionnaireId}/mailings', {
      params: { path: { questionnaireId: id } },
      body: request,
    }),
  );
}

export function useQueueMailing(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['surveys', 'mailings', id],
    mutationFn: (request: MailingRequest) => queueMailing(id, request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['surveys', 'mail-log', id] }),
  });
}
