import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, dataOf } from '@/lib/api/client';
import { questionnaireQueryKey } from './get-questionnaire';
import { etagOf } from './update-questionnaire';

/** Respondent links stop working; drafts stay as they are. */
export async function closeQuestionnaire(id: string, revision: number) {
  return dataOf(
    await apiClient.POST('/api/v1/questionnaires/{questionnaireId}/close', {
      params: { path: { questionnaireId: id }, header: { 'If-Match': etagOf(revision) } },
    }),
  );
}

export function useCloseQuestionnaire(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['surveys', 'questionnaires', 'close', id],
    mutationFn: (revision: number) => closeQuestionnaire(id, revision),
    onSuccess: (questionnaire) => {
      queryClient.setQueryData(questionnaireQueryKey(id), questionnaire);
      return queryClient.invalidateQueries({ queryKey: ['surveys'] });
    },
  });
}
