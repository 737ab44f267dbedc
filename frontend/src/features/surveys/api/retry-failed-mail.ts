import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, dataOf } from '@/lib/api/client';

/** Tries the questionnaire's failed e-mails again now. */
export async function retryFailedMail(id: string) {
  return dataOf(
    await apiClient.POST('/api/v1/questionnaires/{questionnaireId}/mail-log/retry', {
      params: { path: { questionnaireId: id } },
    }),
  );
}

export function useRetryFailedMail(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['surveys', 'mail-log', 'retry', id],
    mutationFn: () => retryFailedMail(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['surveys', 'mail-log', id] }),
  });
}
