import { http, HttpResponse } from 'msw';
import { problem } from '@/testing/mocks/handlers';
import { i18n } from '@/lib/i18n/i18n';
import { server } from '@/testing/mocks/server';
import { ApiError } from './api-error';
import { apiClient } from './client';

describe('the API client', () => {
  it('should return the body of a successful response', async () => {
    const { data } = await apiClient.GET('/api/v1/municipalities/{code}', {
      params: { path: { code: '2580' } },
    });

    expect(data).toEqual({ code: '2580', name: 'Luleå', county: { code: '25', name: 'Norrbottens län' } });
  });

  it('should send cookies to its own origin only, where the session cookie lives', async () => {
    let credentials: RequestCredentials | undefined;
    server.events.on('request:start', ({ request }) => {
      credentials = request.credentials;
    });

    await apiClient.GET('/api/v1/counties');

    expect(credentials).toBe('same-origin');
    server.events.removeAllListeners();
  });

  it('should ask for the UI language on every call, so the API answers in it', async () => {
    const languages: (string | null)[] = [];
    server.events.on('request:start', ({ request }) => {
      languages.push(request.headers.get('Accept-Language'));
    });

    await apiClient.GET('/api/v1/counties');
    await i18n.changeLanguage('en');
    await apiClient.GET('/api/v1/counties');
    await i18n.changeLanguage('sv');

    expect(languages).toEqual(['sv', 'en']);
    server.events.removeAllListeners();
  });

  it('should throw an ApiError carrying the problem details', async () => {
    server.use(
      http.get('*/api/v1/municipalities', () =>
        problem(400, 'Bad Request', 'Invalid query', [
          { field: 'size', in: 'query', message: 'must be at most 100' },
        ]),
      ),
    );

    const call = apiClient.GET('/api/v1/municipalities', { params: { query: { size: 500 } } });

    await expect(call).rejects.toBeInstanceOf(ApiError);
    await expect(call).rejects.toMatchObject({
      status: 400,
      title: 'Bad Request',
      detail: 'Invalid query',
      violations: [{ field: 'size', message: 'must be at most 100' }],
    });
  });

  it('should throw an ApiError named after the status when the body is not a problem document', async () => {
    server.use(
      http.get(
        '*/api/v1/counties',
        () => new HttpResponse('<html>oops</html>', { status: 503, statusText: 'Service Unavailable' }),
      ),
    );

    await expect(apiClient.GET('/api/v1/counties')).rejects.toMatchObject({
      status: 503,
      title: 'Service Unavailable',
      detail: undefined,
      violations: [],
    });
  });
});
