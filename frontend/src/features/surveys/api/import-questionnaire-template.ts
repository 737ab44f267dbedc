import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, dataOf } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { questionnaireQueryKey } from './get-questionnaire';

export type TemplateImportRequest = components['schemas']['TemplateImportRequest'];
export type TemplateKey = components['schemas']['TemplateKey'];

/** Creates a draft questionnaire from a ready-made template. */
export async function importQuestionnaireTemplate(key: TemplateKey, request: TemplateImportRequest) {
  return dataOf(
    await apiClient.POST('/api/v1/questionnaire-templates/{key}/import', {
      params: { path: { key } },
      body: request,
    }),
  );
}

export function useImportQuestionnaireTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['surveys', 'templates', 'import'],
    mutationFn: ({ key, request }: { key: TemplateKey; request: TemplateImportRequest }) =>
      importQuestionnaireTemplate(key, request),
    onSuccess: (questionnaire) => {
      queryClient.setQueryData(questionnaireQueryKey(questionnaire.id), questionnaire);
      return queryClient.invalidateQueries({ queryKey: ['surveys'] });
    },
  });
}
