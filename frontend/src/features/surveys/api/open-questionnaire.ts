import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, dataOf } from '@/lib/api/client';
import { questionnaireQueryKey } from './get-questionnaire';

/** Opens it for answers (from draft, or closed again); freezes the current definition. */
export async function openQuestionnaire(id: string) {
  return dataOf(
    await apiClient.POST('/api/v1/questionnaires/{questionnaireId}/open', {
      params: { path: { questionnaireId: id } },
    }),
  );
}

export function useOpenQuestionnaire(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['surveys', 'questionnaires', 'open', id],
    mutationFn: () => openQuestionnaire(id),
    onSuccess: (questionnaire) => {
      queryClient.setQueryData(questionnaireQueryKey(id), questionnaire);
      return queryClient.invalidateQueries({ queryKey: ['surveys'] });
    },
  });
}
