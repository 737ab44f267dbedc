import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, dataOf } from '@/lib/api/client';
import { questionnaireQueryKey } from './get-questionnaire';
import type { QuestionnaireRequest } from './types';

/** Creates a draft; also the way to import a questionnaire written elsewhere. */
export async function createQuestionnaire(questionnaire: QuestionnaireRequest) {
  return dataOf(await apiClient.POST('/api/v1/questionnaires', { body: questionnaire }));
}

export function useCreateQuestionnaire() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['surveys', 'questionnaires', 'create'],
    mutationFn: createQuestionnaire,
    onSuccess: (questionnaire) => {
      queryClient.setQueryData(questionnaireQueryKey(questionnaire.id), questionnaire);
      // The lists, and the campaign it joined (its questionnaires and response rates).
      return queryClient.invalidateQueries({ queryKey: ['surveys'] });
    },
  });
}
