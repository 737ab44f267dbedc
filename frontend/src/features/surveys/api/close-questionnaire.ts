import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, dataOf } from '@/lib/api/client';
import { questionnaireQueryKey } from './get-questionnaire';

/** Respondent links stop working; drafts stay as they are. */
export async function closeQuestionnaire(id: string) {
  return dataOf(
    await apiClient.POST('/api/v1/questionnaires/{questionnaireId}/close', {
      params: { path: { questionnaireId: id } },
    }),
  );
}

export function useCloseQuestionnaire(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['surveys', 'questionnaires', 'close', id],
    mutationFn: () => closeQuestionnaire(id),
    onSuccess: (questionnaire) => {
      queryClient.setQueryData(questionnaireQueryKey(id), questionnaire);
      return queryClient.invalidateQueries({ queryKey: ['surveys'] });
    },
  });
}
