import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, dataOf } from '@/lib/api/client';
import { questionnaireQueryKey } from './get-questionnaire';
import { etagOf } from './update-questionnaire';

/** Opens it for answers (from draft, or closed again); freezes the current definition. */
export async function openQuestionnaire(id: string, revision: number) {
  return dataOf(
    await apiClient.POST('/api/v1/questionnaires/{questionnaireId}/open', {
      params: { path: { questionnaireId: id }, header: { 'If-Match': etagOf(revision) } },
    }),
  );
}

export function useOpenQuestionnaire(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['surveys', 'questionnaires', 'open', id],
    mutationFn: (revision: number) => openQuestionnaire(id, revision),
    onSuccess: (questionnaire) => {
      queryClient.setQueryData(questionnaireQueryKey(id), questionnaire);
      return queryClient.invalidateQueries({ queryKey: ['surveys'] });
    },
  });
}
