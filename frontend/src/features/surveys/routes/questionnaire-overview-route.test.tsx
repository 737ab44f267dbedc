import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { Questionnaire } from '../api/types';
import { signInAs } from '@/testing/mocks/access-data';
import { problem } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

const ID = '00000000-0000-0000-0000-0000000000q1';

function draft(revision: number, title: string): Questionnaire {
  return {
    id: ID,
    title: { sv: title },
    status: 'draft',
    anonymous: false,
    currentVersion: 1,
    versions: [{ version: 1, createdAt: '2026-11-20T08:00:00Z', responses: 0 }],
    definition: { sections: [] },
    createdAt: '2026-11-20T08:00:00Z',
    updatedAt: '2026-11-20T08:00:00Z',
    revision,
  };
}

describe('QuestionnaireOverviewRoute', () => {
  it('should send the loaded ETag when opening and, when someone changed it meanwhile, show the conflict and reload', async () => {
    signInAs('admin');
    let current = draft(3, 'Inhyrd personal');
    const ifMatches: (string | null)[] = [];
    server.use(
      http.get(`*/api/v1/questionnaires/${ID}`, () =>
        HttpResponse.json(current, { headers: { ETag: `"${current.revision}"` } }),
      ),
      http.post(`*/api/v1/questionnaires/${ID}/open`, ({ request }) => {
        ifMatches.push(request.headers.get('If-Match'));
        // Someone else saved a new title after this page loaded it.
        current = draft(4, 'Inhyrd personal 2026');
        return problem(
          412,
          'Precondition Failed',
          'Someone else changed the questionnaire after you loaded it.',
        );
      }),
    );
    const { user } = renderApp(`/surveys/${ID}`);

    await user.click(await screen.findByRole('button', { name: /^Öppna/ }));
    await user.click(await screen.findByRole('button', { name: /^Ja, öppna/ }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Någon annan har ändrat enkäten sedan du öppnade den, så inget ändrades.',
    );
    expect(ifMatches).toEqual(['"3"']);

    await user.click(screen.getByRole('button', { name: 'Ladda om enkäten' }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    expect(
      await screen.findByRole('heading', { level: 1, name: /Inhyrd personal 2026/ }),
    ).toBeInTheDocument();
  }, 30_000);
});
