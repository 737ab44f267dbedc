import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, dataOf } from '@/lib/api/client';
import type { Answers, ContactUpdate } from './types';

// The respondent link's token is the credential: it goes in the path, never in storage of ours.

export const respondentFormQueryKey = (token: string) => ['respond', token] as const;

const ifMatch = (revision: number) => `"${revision}"`;

/** The questionnaire behind a respondent link, with the saved (or prefilled) answers. */
export async function getRespondentForm(token: string, signal?: AbortSignal) {
  return dataOf(await apiClient.GET('/api/v1/respond/{token}', { params: { path: { token } }, signal }));
}

export const respondentFormQueryOptions = (token: string) =>
  queryOptions({
    queryKey: respondentFormQueryKey(token),
    queryFn: ({ signal }) => getRespondentForm(token, signal),
    // The form is edited locally from here on; refetching would throw the edits away.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    retry: (count, error) => count < 2 && !(error instanceof Error && 'status' in error),
  });

export function useRespondentForm(token: string) {
  return useQuery(respondentFormQueryOptions(token));
}

/** Saves the answers named (null clears one) on top of `revision`; 412 when someone saved in between. */
export async function saveDraftAnswers(token: string, revision: number, answers: Answers) {
  return dataOf(
    await apiClient.PATCH('/api/v1/respond/{token}/answers', {
      params: { path: { token }, header: { 'If-Match': ifMatch(revision) } },
      body: { answers },
    }),
  );
}

/** Saves the answers given (if any) and submits; a 400 names each answer that is missing or wrong. */
export async function submitAnswers(token: string, revision: number, answers?: Answers) {
  return dataOf(
    await apiClient.POST('/api/v1/respond/{token}/submit', {
      params: { path: { token }, header: { 'If-Match': ifMatch(revision) } },
      body: answers ? { answers } : undefined,
    }),
  );
}

/** Replaces the respondent's contact details on the invitation (an empty field is cleared); not part of the answers. */
export async function saveRespondentContact(token: string, contact: ContactUpdate) {
  return dataOf(
    await apiClient.PUT('/api/v1/respond/{token}/contact', {
      params: { path: { token } },
      body: contact,
    }),
  );
}
