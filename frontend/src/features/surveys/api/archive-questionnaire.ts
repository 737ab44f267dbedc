import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, dataOf } from '@/lib/api/client';
import { questionnaireQueryKey } from './get-questionnaire';
import { etagOf } from './update-questionnaire';

/** It can no longer change; its results stay readable. */
export async function archiveQuestionnaire(id: string, revision: number) {
  return dataOf(
    await apiClient.POST('/api/v1/questionnaires/{questionnaireId}/archive', {
      params: { path: { questionnaireId: id }, header: { 'If-Match': etagOf(revision) } },
    }),
  );
}

export function useArchiveQuestionnaire(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['surveys', 'questionnaires', 'archive', id],
    mutationFn: (revision: number) => archiveQuestionnaire(id, revision),
    onSuccess: (questionnaire) => {
      queryClient.setQueryData(questionnaireQueryKey(id), questionnaire);
      return queryClient.invalidateQueries({ queryKey: ['surveys'] });
    },
  });
}
