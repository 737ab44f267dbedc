import { ApiError } from '@/lib/api/api-error';
import { defaultLanguage } from '@/lib/i18n/languages';
import { currentLanguage } from '@/lib/i18n/translation';
import type {
  Answers,
  ContactUpdate,
  DraftSaved,
  InvitationContact,
  Profession,
  RespondentForm,
  ServiceArea,
} from './types';

// The respondent link's token is the credential: it goes in the path, never in storage of ours.
// Plain fetch, not the app's API client: the respondent's page (respond.html) carries neither it nor TanStack Query.

const ifMatch = (revision: number) => `"${revision}"`;

/** One call to the API of this origin: the JSON answer, or an ApiError from the problem details. */
async function call<T>(
  method: 'GET' | 'PATCH' | 'POST' | 'PUT',
  path: string,
  options: {
    body?: unknown;
    headers?: Record<string, string>;
    signal?: AbortSignal;
    keepalive?: boolean;
  } = {},
): Promise<T> {
  const response = await fetch(new URL(path, window.location.origin), {
    method,
    // The session cookie is none of the respondent's business, but a signed-in coordinator's preview is the same origin.
    credentials: 'same-origin',
    headers: {
      Accept: 'application/json',
      // The API's problem messages in the language the respondent reads.
      'Accept-Language': currentLanguage() ?? defaultLanguage,
      ...(options.body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...options.headers,
    },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    signal: options.signal,
    // A page going away: the browser completes the request after the page is gone (a body of at most 64 KB).
    keepalive: options.keepalive,
  });
  if (!response.ok) throw await ApiError.fromResponse(response);
  return (await response.json()) as T;
}

const respondPath = (token: string, rest = '') => `/api/v1/respond/${encodeURIComponent(token)}${rest}`;

/** The questionnaire behind a respondent link, with the saved (or prefilled) answers. */
export function getRespondentForm(token: string, signal?: AbortSignal) {
  return call<RespondentForm>('GET', respondPath(token), { signal });
}

/** The professions a respondent picks from. */
export function listProfessions(signal?: AbortSignal) {
  return call<Profession[]>('GET', '/api/v1/professions', { signal });
}

/** The service areas (a matrix's rows). */
export function listServiceAreas(signal?: AbortSignal) {
  return call<ServiceArea[]>('GET', '/api/v1/service-areas', { signal });
}

/**
 * Saves the answers named (null clears one) on top of `revision`; 412 when someone saved in between. With keepalive
 * when the page is going away (hidden or closed), so the save is completed after it.
 */
export function saveDraftAnswers(
  token: string,
  revision: number,
  answers: Answers,
  options: { keepalive?: boolean } = {},
) {
  return call<DraftSaved>('PATCH', respondPath(token, '/answers'), {
    headers: { 'If-Match': ifMatch(revision) },
    body: { answers },
    keepalive: options.keepalive,
  });
}

/** Saves the answers given (if any) and submits; a 400 names each answer that is missing or wrong. */
export function submitAnswers(token: string, revision: number, answers?: Answers) {
  return call<DraftSaved>('POST', respondPath(token, '/submit'), {
    headers: { 'If-Match': ifMatch(revision) },
    body: answers ? { answers } : undefined,
  });
}

/** Replaces the respondent's contact details on the invitation (an empty field is cleared); not part of the answers. */
export function saveRespondentContact(token: string, contact: ContactUpdate) {
  return call<InvitationContact>('PUT', respondPath(token, '/contact'), { body: contact });
}
