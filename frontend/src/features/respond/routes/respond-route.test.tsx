import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import type { RespondentForm } from '../api/types';
import { RespondentLayout } from '@/components/layout/respondent-layout';
import { i18n } from '@/lib/i18n/i18n';
import { storedLanguage } from '@/lib/i18n/languages';
import { showPlainTexts } from '@/lib/i18n/plain-translator';
import { problem } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';
import { respondentTexts } from '../respondent-texts';
import { RespondRoute } from './respond-route';

const TOKEN = 'kls_test';

/** A questionnaire with every type of question, and one shown only when the yes/no is yes. */
function formWithEveryType(): RespondentForm {
  return {
    questionnaireId: '00000000-0000-0000-0000-0000000000aa',
    title: { sv: 'Inhyrd personal 2017' },
    anonymous: false,
    municipality: { code: '2580', name: 'Luleå' },
    version: 1,
    status: 'not_started',
    revision: 0,
    answers: {},
    definition: {
      sections: [
        {
          id: 's1',
          title: { sv: 'Barn och unga' },
          questions: [
            { id: 'hired', type: 'yes_no', text: { sv: 'Hyrde ni in socialsekreterare?' }, required: true },
            {
              id: 'cost',
              type: 'number',
              text: { sv: 'Kostnad för inhyrd personal' },
              required: true,
              number: { unit: 'sek', decimals: 2, min: 0 },
              showIf: { question: 'hired', equalTo: true },
            },
            {
              id: 'reason',
              type: 'single_choice',
              text: { sv: 'Främsta skälet' },
              options: [
                { value: 'vacancies', label: { sv: 'Vakanser' } },
                { value: 'peaks', label: { sv: 'Arbetstoppar' } },
              ],
            },
            {
              id: 'actions',
              type: 'multiple_choice',
              text: { sv: 'Åtgärder' },
              options: [
                { value: 'wages', label: { sv: 'Löner' } },
                { value: 'mentors', label: { sv: 'Mentorer' } },
              ],
            },
            { id: 'comment', type: 'text', text: { sv: 'Kommentar' }, multiline: true },
            { id: 'since', type: 'date', text: { sv: 'Sedan när?' } },
            { id: 'roles', type: 'profession', text: { sv: 'Vilka yrken?' }, multiple: true },
            {
              id: 'matrix',
              type: 'matrix',
              text: { sv: 'Kompetenser per område' },
              matrix: {
                rows: [{ id: 'barn_unga', serviceArea: 'barn_unga' }],
                otherRows: 1,
                columns: [{ id: 'brist', label: { sv: 'Brist' }, cell: 'professions' }],
              },
            },
          ],
        },
      ],
    },
  };
}

const catalogues = [
  http.get('*/api/v1/professions', () =>
    HttpResponse.json([
      {
        code: 'socialsekreterare',
        nameSv: 'Socialsekreterare',
        nameEn: 'Social secretary',
        ssyk2012: '2661',
        sortOrder: 20,
        validFrom: '2020-01-01',
      },
      {
        code: 'sjukskoterska',
        nameSv: 'Sjuksköterska',
        nameEn: 'Registered nurse',
        ssyk2012: '2221',
        sortOrder: 60,
        validFrom: '2020-01-01',
      },
    ]),
  ),
  http.get('*/api/v1/service-areas', () =>
    HttpResponse.json([
      {
        code: 'barn_unga',
        parentCode: 'ifo',
        nameSv: 'Barn och unga',
        nameEn: 'Children and young people',
        sortOrder: 20,
        validFrom: '2020-01-01',
      },
    ]),
  ),
];

/** The answer backups kept in the browser (the language choice is stored there too, and is not one). */
const backups = () =>
  Object.keys(window.localStorage).filter((key) => key.startsWith('kompetenslaget.answers.')).length;

/** Serves the form and records every save, answering as the API does. */
function respondentServer(form = formWithEveryType()) {
  const saves: { ifMatch: string | null; body: unknown; keepalive: boolean }[] = [];
  const submits: { ifMatch: string | null; body: unknown }[] = [];
  let revision = form.revision;
  server.use(
    ...catalogues,
    http.get(`*/api/v1/respond/${TOKEN}`, () => HttpResponse.json(form)),
    http.patch(`*/api/v1/respond/${TOKEN}/answers`, async ({ request }) => {
      saves.push({
        ifMatch: request.headers.get('If-Match'),
        body: await request.json(),
        keepalive: request.keepalive,
      });
      revision += 1;
      return HttpResponse.json({ revision, status: 'started', savedAt: '2026-11-24T10:00:00Z' });
    }),
    http.post(`*/api/v1/respond/${TOKEN}/submit`, async ({ request }) => {
      submits.push({ ifMatch: request.headers.get('If-Match'), body: await request.text() });
      revision += 1;
      return HttpResponse.json({ revision, status: 'submitted', savedAt: '2026-11-24T10:05:00Z' });
    }),
  );
  return { saves, submits };
}

/**
 * The two frames that show the form: the respondent's own lean page (respond.html: no router, no TanStack Query,
 * no i18next, texts of its own), and the app's route for a link followed inside the app.
 */
const frames = [
  {
    frame: 'the respondent’s page (respond.html)',
    open: async () => {
      await showPlainTexts(storedLanguage(), respondentTexts);
      const user = userEvent.setup();
      render(
        <RespondentLayout>
          <RespondRoute token={TOKEN} />
        </RespondentLayout>,
      );
      return { user };
    },
  },
  { frame: 'the app’s route', open: async () => renderApp(`/respond/${TOKEN}`) },
];

describe.each(frames)('the respondent form in $frame', ({ open }) => {
  beforeEach(() => window.localStorage.clear());

  it('should render every type of question and show a question when its condition holds', async () => {
    respondentServer();
    const { user } = await open();

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Inhyrd personal 2017' }),
    ).toBeInTheDocument();
    const hired = screen.getByRole('group', { name: /Hyrde ni in socialsekreterare\?/ });
    expect(within(hired).getAllByRole('radio')).toHaveLength(2);
    expect(screen.queryByLabelText(/Kostnad för inhyrd personal/)).not.toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Främsta skälet' })).toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: 'Åtgärder' })).getAllByRole('checkbox')).toHaveLength(2);
    expect(screen.getByLabelText('Kommentar')).toBeInTheDocument();
    expect(screen.getByLabelText('Sedan när?')).toHaveAttribute('type', 'date');
    expect(screen.getByRole('group', { name: 'Vilka yrken?' })).toBeInTheDocument();
    // The matrix row is named after its service area; the other row asks for its name.
    expect(screen.getByRole('group', { name: 'Barn och unga' })).toBeInTheDocument();
    expect(screen.getByLabelText('Ange vilket område')).toBeInTheDocument();

    await user.click(within(hired).getByRole('radio', { name: 'Ja' }));
    expect(await screen.findByLabelText(/Kostnad för inhyrd personal/)).toBeInTheDocument();
    await user.click(within(hired).getByRole('radio', { name: 'Nej' }));
    expect(screen.queryByLabelText(/Kostnad för inhyrd personal/)).not.toBeInTheDocument();
  });

  it('should save answers as a draft with If-Match, numbers read the Swedish way', async () => {
    const { saves } = respondentServer();
    const { user } = await open();

    const hired = await screen.findByRole('group', { name: /Hyrde ni in socialsekreterare\?/ });
    await user.click(within(hired).getByRole('radio', { name: 'Ja' }));
    await user.type(await screen.findByLabelText(/Kostnad för inhyrd personal/), '1 234,5');
    const brist = screen.getByRole('group', { name: 'Barn och unga' });
    await user.type(within(brist).getByRole('combobox'), 'sjukskö');
    await user.keyboard('{ArrowDown}{Enter}');

    // Saves go in batches (per section, or half a minute after the first change; see DraftSync): the changes wait,
    // kept in the browser, until the page is hidden, which sends them at once.
    expect(screen.getByTestId('save-status')).toHaveTextContent('Ändringar väntar på att sparas');
    expect(backups()).toBe(1);
    window.dispatchEvent(new Event('pagehide'));
    await waitFor(() => expect(screen.getByTestId('save-status')).toHaveTextContent('Alla svar är sparade'), {
      timeout: 3000,
    });
    expect(saves.every((save) => save.keepalive)).toBe(true);
    expect(backups()).toBe(0);
    expect(saves[0]?.ifMatch).toBe('"0"');
    const sent = Object.assign({}, ...saves.map((save) => (save.body as { answers: object }).answers));
    expect(sent).toEqual({
      hired: true,
      cost: 1234.5,
      matrix: { rows: { barn_unga: { brist: { professions: ['sjukskoterska'] } } } },
    });
    // Each save builds on the revision the one before it returned.
    expect(saves.map((save) => save.ifMatch)).toEqual(saves.map((_, i) => `"${i}"`));
  });

  it('should name each required question left unanswered, and not submit', async () => {
    const { submits } = respondentServer();
    const { user } = await open();

    await user.click(await screen.findByRole('button', { name: 'Skicka in svaren' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Svaren kunde inte skickas in');
    expect(
      within(summary).getByRole('link', { name: /Hyrde ni in socialsekreterare\?: Frågan måste besvaras/ }),
    ).toBeInTheDocument();
    // Focus moves once the summary is drawn, on the next frame.
    await waitFor(() => expect(summary).toHaveFocus());
    expect(submits).toHaveLength(0);
  });

  it('should show the problems the server finds at their questions, and be read-only once submitted', async () => {
    const { submits } = respondentServer();
    let refuse = true;
    server.use(
      http.post(`*/api/v1/respond/${TOKEN}/submit`, () => {
        if (!refuse) return undefined;
        refuse = false;
        return problem(400, 'Bad Request', 'The answers cannot be submitted yet; nothing was submitted.', [
          { field: 'answers.cost', in: 'body', message: 'must be at least 0' },
        ]);
      }),
    );
    const { user } = await open();
    const hired = await screen.findByRole('group', { name: /Hyrde ni in socialsekreterare\?/ });
    await user.click(within(hired).getByRole('radio', { name: 'Ja' }));
    await user.type(await screen.findByLabelText(/Kostnad för inhyrd personal/), '-5');
    await user.click(screen.getByRole('button', { name: 'Skicka in svaren' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Kostnad för inhyrd personal: Ange minst 0.');
    expect(screen.getByLabelText(/Kostnad för inhyrd personal/)).toHaveAttribute('aria-invalid', 'true');

    await user.clear(screen.getByLabelText(/Kostnad för inhyrd personal/));
    await user.type(screen.getByLabelText(/Kostnad för inhyrd personal/), '12');
    await user.click(screen.getByRole('button', { name: 'Skicka in svaren' }));

    expect(await screen.findByText('Tack! Svaren är inskickade.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Skicka in svaren' })).not.toBeInTheDocument();
    // Only the contact details stay editable: they are not answers.
    expect(screen.getAllByRole('textbox')).toHaveLength(3);
    expect(submits.at(-1)?.ifMatch).toMatch(/^"\d+"$/);
  });

  it('should save the contact details apart from the answers', async () => {
    const { saves } = respondentServer({
      ...formWithEveryType(),
      contact: { name: 'Anna Berg', updatedAt: '2026-11-24T09:00:00Z' },
    });
    const contacts: unknown[] = [];
    server.use(
      http.put(`*/api/v1/respond/${TOKEN}/contact`, async ({ request }) => {
        const body = (await request.json()) as Record<string, string>;
        contacts.push(body);
        return HttpResponse.json({ ...body, updatedAt: '2026-11-24T10:00:00Z' });
      }),
    );
    const { user } = await open();

    const section = await screen.findByRole('region', { name: 'Kontaktuppgifter' });
    expect(within(section).getByLabelText('Namn')).toHaveValue('Anna Berg');
    await user.type(within(section).getByLabelText('E-postadress'), 'inte en adress');
    await user.click(within(section).getByRole('button', { name: 'Spara kontaktuppgifter' }));
    expect(await within(section).findByText(/Skriv en e-postadress/)).toBeInTheDocument();
    expect(contacts).toHaveLength(0);

    await user.clear(within(section).getByLabelText('E-postadress'));
    await user.type(within(section).getByLabelText('E-postadress'), 'anna.berg@lulea.se');
    await user.type(within(section).getByLabelText('Telefonnummer'), '0920-45 30 00');
    await user.click(within(section).getByRole('button', { name: 'Spara kontaktuppgifter' }));
    expect(await within(section).findByRole('status')).toHaveTextContent('Kontaktuppgifterna sparades');
    expect(contacts).toEqual([{ name: 'Anna Berg', email: 'anna.berg@lulea.se', phone: '0920-45 30 00' }]);
    // The contact is not an answer.
    expect(saves).toHaveLength(0);
  });

  it('should mark the questionnaire texts that have no English lang="sv" in the English interface', async () => {
    respondentServer();
    await i18n.changeLanguage('en');
    await open();

    const title = await screen.findByRole('heading', { level: 1, name: 'Inhyrd personal 2017' });
    expect(title).toHaveAttribute('lang', 'sv');
    expect(screen.getByText('Hyrde ni in socialsekreterare?')).toHaveAttribute('lang', 'sv');
    expect(screen.getByText('Vakanser')).toHaveAttribute('lang', 'sv');
    expect(screen.getByText('Barn och unga', { selector: 'h2 span' })).toHaveAttribute('lang', 'sv');
    // The interface's own words stay English.
    expect(screen.getByRole('button', { name: 'Submit the answers' })).not.toHaveAttribute('lang');
  });

  it('should say so when the link is not valid', async () => {
    server.use(
      ...catalogues,
      http.get(`*/api/v1/respond/${TOKEN}`, () =>
        problem(
          404,
          'Not Found',
          'This respondent link is not valid: it may have been replaced by a newer one or withdrawn.',
        ),
      ),
    );
    await open();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Länken gäller inte');
    expect(alert).toHaveTextContent('replaced by a newer one');
  });
});

describe('the respondent’s page (respond.html)', () => {
  it('should switch to English and back, marking the page’s language, without asking who is signed in', async () => {
    respondentServer();
    const requests: string[] = [];
    const record = ({ request }: { request: Request }) => void requests.push(new URL(request.url).pathname);
    server.events.on('request:start', record);
    const { user } = await frames[0]!.open();

    expect(await screen.findByRole('button', { name: 'Skicka in svaren' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('sv');
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('button', { name: 'Submit the answers' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem('kompetenslaget.language')).toBe('en');
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('button', { name: 'Svenska' }));
    expect(await screen.findByRole('button', { name: 'Skicka in svaren' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('sv');

    // The frame: a skip link to the content, the public pages as plain links, no account row.
    expect(screen.getByRole('link', { name: 'Hoppa till innehållet' })).toHaveAttribute('href', '#main');
    expect(screen.getByRole('navigation', { name: 'Huvudmeny' })).toBeInTheDocument();
    server.events.removeListener('request:start', record);
    expect(requests.filter((path) => !/^\/api\/v1\/(respond|professions|service-areas)/.test(path))).toEqual(
      [],
    );
  });
});
