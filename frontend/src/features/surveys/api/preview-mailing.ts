import { useMutation } from '@tanstack/react-query';
import { apiClient, dataOf } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type MailPreviewRequest = components['schemas']['MailPreviewRequest'];

/** The e-mail as a contact will read it, with a placeholder link; nothing is stored. */
export async function previewMailing(id: string, request: MailPreviewRequest) {
  return dataOf(
    await apiClient.POST('/api/v1/questionnaires/{questionnaireId}/mailings/preview', {
      params: { path: { questionnaireId: id } },
      body: request,
    }),
  );
}

export function usePreviewMailing(id: string) {
  return useMutation({
    mutationKey: ['surveys', 'mailings', 'preview', id],
    mutationFn: (request: MailPreviewRequest) => previewMailing(id, request),
  });
}
