import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { LearningExample, LearningExampleRequest } from '../api/examples-api';
import { signInAs } from '@/testing/mocks/access-data';
import { problem } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { anExample, renderExamples, serveCatalogues } from '../testing/examples-test-utils';

/** Stores what is written (or answers as told), and serves the example stored. */
function answerSaves(answer?: (request: LearningExampleRequest) => Response | undefined) {
  const sent: { method: string; id?: string; ifMatch?: string; body: LearningExampleRequest }[] = [];
  let stored: LearningExample | undefined;
  const store = (id: string, body: LearningExampleRequest) => {
    stored = anExample({
      ...body,
      id,
      countyCode: body.countyCode ?? body.municipalityCode!.slice(0, 2),
      ownerName: body.ownerLevel === 'county' ? 'Norrbottens län' : 'Luleå kommun',
      results: body.results,
      contact: body.contact,
      serviceAreas: body.serviceAreas ?? [],
      professions: body.professions ?? [],
      recruitmentStrategies: body.recruitmentStrategies ?? [],
      published: body.published ?? false,
    });
    return HttpResponse.json(stored, { status: 201 });
  };
  server.use(
    http.post('*/api/v1/learning-examples', async ({ request }) => {
      const body = (await request.json()) as LearningExampleRequest;
      sent.push({ method: 'POST', body });
      return answer?.(body) ?? store('00000000-0000-4000-8000-0000000000aa', body);
    }),
    http.put('*/api/v1/learning-examples/:id', async ({ params, request }) => {
      const body = (await request.json()) as LearningExampleRequest;
      sent.push({
        method: 'PUT',
        id: String(params.id),
        ifMatch: request.headers.get('If-Match') ?? '',
        body,
      });
      return answer?.(body) ?? store(String(params.id), body);
    }),
    http.get('*/api/v1/learning-examples/:id', ({ params }) =>
      stored && stored.id === params.id
        ? HttpResponse.json(stored)
        : params.id === anExample().id
          ? HttpResponse.json(anExample())
          : problem(404, 'Not Found'),
    ),
  );
  return sent;
}

describe('writing a learning example', () => {
  it("should send what a municipality's editor wrote, for their municipality, and show it", async () => {
    serveCatalogues();
    const sent = answerSaves();
    signInAs('luleåEditor');
    const { user, currentUrl } = renderExamples('/examples/new');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Skriv ett lärande exempel' }),
    ).toBeInTheDocument();
    const owner = screen.getByRole('combobox', { name: /^Ägare/ });
    await waitFor(() => expect(owner).toHaveDisplayValue('Luleå'));
    await user.type(screen.getByRole('textbox', { name: /^Rubrik/ }), 'Egen pool');
    await user.type(screen.getByRole('textbox', { name: /^Beskrivning/ }), 'Vi byggde en pool.');
    await user.type(screen.getByRole('textbox', { name: /^Resultat/ }), 'Halverad andel.');
    await user.click(await screen.findByRole('checkbox', { name: 'Behålla medarbetare' }));
    await user.click(await screen.findByRole('checkbox', { name: 'Äldreomsorg' }));
    await user.click(await screen.findByRole('checkbox', { name: 'Sjuksköterska' }));
    await user.type(screen.getByLabelText('Startdatum'), '2024-02-01');
    await user.click(screen.getByRole('checkbox', { name: 'Publicera' }));
    await user.click(screen.getByRole('button', { name: 'Spara exemplet' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Egen pool' })).toBeInTheDocument();
    expect(currentUrl()).toBe('/examples/00000000-0000-4000-8000-0000000000aa');
    expect(sent).toEqual([
      {
        method: 'POST',
        body: {
          ownerLevel: 'municipality',
          municipalityCode: '2580',
          title: 'Egen pool',
          body: 'Vi byggde en pool.',
          results: 'Halverad andel.',
          serviceAreas: ['aldre'],
          professions: ['sjukskoterska'],
          recruitmentStrategies: ['behalla_medarbetare'],
          startedOn: '2024-02-01',
          published: true,
        },
      },
    ]);
  });

  it("should show the server's refusal at its field and move focus there", async () => {
    serveCatalogues();
    const sent = answerSaves(() =>
      problem(400, 'Bad Request', 'The learning example is not valid; nothing was stored.', [
        { field: 'title', in: 'body', message: 'must be at most 200 characters' },
      ]),
    );
    signInAs('luleåEditor');
    const { user, currentUrl } = renderExamples('/examples/new');

    const title = await screen.findByRole('textbox', { name: /^Rubrik/ });
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: /^Ägare/ })).toHaveValue('municipality:2580'),
    );
    await user.type(title, 'En mycket lång rubrik');
    await user.type(screen.getByRole('textbox', { name: /^Beskrivning/ }), 'Text.');
    await user.click(screen.getByRole('button', { name: 'Spara exemplet' }));

    await waitFor(() => expect(title).toHaveAccessibleDescription('must be at most 200 characters'));
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveFocus();
    expect(screen.getByRole('alert')).toHaveTextContent('nothing was stored');
    expect(sent).toHaveLength(1);
    expect(currentUrl()).toBe('/examples/new');
  });

  it('should refuse an example without title or text, focus on the first field to correct', async () => {
    serveCatalogues();
    const sent = answerSaves();
    signInAs('luleåEditor');
    const { user } = renderExamples('/examples/new');

    await user.click(await screen.findByRole('button', { name: 'Spara exemplet' }));

    const title = screen.getByRole('textbox', { name: /^Rubrik/ });
    expect(title).toHaveAccessibleDescription('Fyll i fältet.');
    expect(screen.getByRole('textbox', { name: /^Beskrivning/ })).toHaveAccessibleDescription(
      /Fyll i fältet\./,
    );
    expect(title).toHaveFocus();
    expect(sent).toHaveLength(0);
  });

  it("should let an administrator write a county's example", async () => {
    serveCatalogues();
    const sent = answerSaves();
    signInAs('admin');
    const { user } = renderExamples('/examples/new');

    await user.click(await screen.findByRole('radio', { name: 'Ett län' }));
    expect(screen.queryByRole('combobox', { name: /^Kommun/ })).not.toBeInTheDocument();
    await user.selectOptions(await screen.findByRole('combobox', { name: /^Län/ }), 'Norrbottens län');
    await user.type(screen.getByRole('textbox', { name: /^Rubrik/ }), 'Länsgemensam pool');
    await user.type(screen.getByRole('textbox', { name: /^Beskrivning/ }), 'Alla kommuner i länet.');
    await user.click(screen.getByRole('button', { name: 'Spara exemplet' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Länsgemensam pool' })).toBeInTheDocument();
    expect(sent[0]?.body).toEqual({
      ownerLevel: 'county',
      countyCode: '25',
      title: 'Länsgemensam pool',
      body: 'Alla kommuner i länet.',
      serviceAreas: [],
      professions: [],
      recruitmentStrategies: [],
      published: false,
    });
  });

  it('should let an administrator choose the municipality in its county', async () => {
    serveCatalogues();
    answerSaves();
    signInAs('admin');
    const { user } = renderExamples('/examples/new');

    const municipality = await screen.findByRole('combobox', { name: /^Kommun/ });
    expect(municipality).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Spara exemplet' }));
    expect(screen.getByRole('combobox', { name: /^Län/ })).toHaveFocus();

    await user.selectOptions(screen.getByRole('combobox', { name: /^Län/ }), 'Norrbottens län');
    await user.selectOptions(municipality, await screen.findByRole('option', { name: 'Piteå' }));
    expect(municipality).toHaveValue('2581');
  });

  it('should change an example, its owner kept, and its draft unpublished', async () => {
    serveCatalogues();
    const sent = answerSaves();
    signInAs('luleåEditor');
    const { user, currentUrl } = renderExamples(`/examples/${anExample().id}/edit`);

    const title = await screen.findByRole('textbox', { name: /^Rubrik/ });
    expect(title).toHaveValue('Egen bemanningspool i hemtjänsten');
    expect(screen.queryByRole('combobox', { name: /^Ägare/ })).not.toBeInTheDocument();
    expect(screen.getByText('Ägaren kan inte ändras.')).toBeInTheDocument();
    await user.clear(title);
    await user.type(title, 'Egen pool');
    await user.click(screen.getByRole('checkbox', { name: 'Publicera' }));
    await user.click(screen.getByRole('button', { name: 'Spara exemplet' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Egen pool' })).toBeInTheDocument();
    expect(currentUrl()).toBe(`/examples/${anExample().id}`);
    expect(sent).toEqual([
      {
        method: 'PUT',
        id: anExample().id,
        ifMatch: '"1"',
        body: {
          ownerLevel: 'municipality',
          municipalityCode: '2580',
          title: 'Egen pool',
          body: anExample().body,
          results: anExample().results,
          contact: anExample().contact,
          serviceAreas: ['aldre'],
          professions: ['sjukskoterska'],
          recruitmentStrategies: ['bredda_rekryteringen'],
          startedOn: '2024-01-01',
          endedOn: '2025-06-30',
          published: false,
        },
      },
    ]);
  });

  it('should show a change someone else made first as a conflict, with a reload, and not overwrite it', async () => {
    serveCatalogues();
    answerSaves(() =>
      HttpResponse.json(
        { title: 'Precondition Failed', status: 412, currentRevision: 2, changed: ['title'] },
        { status: 412, headers: { 'Content-Type': 'application/problem+json' } },
      ),
    );
    signInAs('luleåEditor');
    const { user, currentUrl } = renderExamples(`/examples/${anExample().id}/edit`);

    const title = await screen.findByRole('textbox', { name: /^Rubrik/ });
    await user.clear(title);
    await user.type(title, 'Min rubrik');
    await user.click(screen.getByRole('button', { name: 'Spara exemplet' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Någon annan har ändrat detta');
    expect(alert).toHaveTextContent('din ändring sparades inte');
    expect(alert).toHaveTextContent('Skiljer sig nu: title');
    expect(within(alert).getByRole('button', { name: 'Ladda om' })).toBeInTheDocument();
    expect(currentUrl()).toBe(`/examples/${anExample().id}/edit`);
  });

  it('should refuse an end before the start', async () => {
    serveCatalogues();
    const sent = answerSaves();
    signInAs('luleåEditor');
    const { user } = renderExamples(`/examples/${anExample().id}/edit`);

    const ended = await screen.findByLabelText('Slutdatum');
    await user.clear(ended);
    await user.type(ended, '2023-12-31');
    await user.click(screen.getByRole('button', { name: 'Spara exemplet' }));

    expect(ended).toHaveAccessibleDescription('Slutdatumet kan inte vara före startdatumet.');
    expect(ended).toHaveFocus();
    expect(sent).toHaveLength(0);
  });

  it('should tell those who do not write examples so', async () => {
    serveCatalogues();
    answerSaves();
    signInAs('analyst');
    renderExamples('/examples/new');

    expect(await screen.findByText('Du har inte behörighet att skriva lärande exempel.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Spara exemplet' })).not.toBeInTheDocument();
  });

  it('should send one not signed in to sign in first', async () => {
    serveCatalogues();
    const { currentUrl } = renderExamples('/examples/new');

    expect(await screen.findByText('Inloggningssidan')).toBeInTheDocument();
    expect(currentUrl()).toBe('/sign-in?returnTo=%2Fexamples%2Fnew');
  });
});
