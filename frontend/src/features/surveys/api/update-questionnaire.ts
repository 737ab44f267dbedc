import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, dataOf } from '@/lib/api/client';
import { questionnaireQueryKey } from './get-questionnaire';
import type { QuestionnaireRequest } from './types';

/** The ETag of a revision, as the API sends it. */
export function etagOf(revision: number) {
  return `"${revision}"`;
}

/**
 * Replaces settings and definition, if no one has changed the questionnaire since `revision`; a changed
 * definition of a questionnaire that has been open becomes a new version.
 */
export async function updateQuestionnaire(id: string, revision: number, questionnaire: QuestionnaireRequest) {
  return dataOf(
    await apiClient.PUT('/api/v1/questionnaires/{questionnaireId}', {
      params: { path: { questionnaireId: id }, header: { 'If-Match': etagOf(revision) } },
      body: questionnaire,
    }),
  );
}

export function useUpdateQuestionnaire(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['surveys', 'questionnaires', 'update', id],
    mutationFn: ({ revision, questionnaire }: { revision: number; questionnaire: QuestionnaireRequest }) =>
      updateQuestionnaire(id, revision, questionnaire),
    onSuccess: (questionnaire) => {
      queryClient.setQueryData(questionnaireQueryKey(id), questionnaire);
      // Its title shows in the lists and on its campaign's page.
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: ['surveys', 'questionnaires', 'list'] }),
        queryClient.invalidateQueries({ queryKey: ['surveys', 'campaigns'] }),
      ]);
    },
  });
}
