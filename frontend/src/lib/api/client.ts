import createClient, { type Middleware } from 'openapi-fetch';
import { defaultLanguage, i18n } from '@/lib/i18n/i18n';
import { ApiError } from './api-error';
import type { paths } from './schema';

/** Turns every error response into a thrown ApiError, so callers only ever see data. */
const problemDetailsMiddleware: Middleware = {
  async onResponse({ response }) {
    if (!response.ok) {
      throw await ApiError.fromResponse(response);
    }
    return undefined;
  },
};

// JSON is the media type the app reads; the CSV download asks for a Blob explicitly.
export const apiClient = createClient<paths, 'application/json'>({
  // The API is served from the same origin as the app.
  baseUrl: window.location.origin,
  // The session is an HttpOnly cookie of this origin: send it, and never to another origin.
  credentials: 'same-origin',
  // Looked up on each call, so test doubles installed after import are used.
  fetch: (request) => globalThis.fetch(request),
});

/**
 * Asks for the UI's language on every call, so the API's problem messages and words in files (the reminder list's
 * statuses) come in the language the person reads.
 */
const languageMiddleware: Middleware = {
  onRequest({ request }) {
    request.headers.set('Accept-Language', i18n.language || defaultLanguage);
    return request;
  },
};

apiClient.use(languageMiddleware, problemDetailsMiddleware);

/** The body of a successful call; the middleware has already thrown for every error. */
export function dataOf<T>(result: { data?: T }): T {
  if (result.data === undefined) {
    throw new Error('The API answered without a body.');
  }
  return result.data;
}
