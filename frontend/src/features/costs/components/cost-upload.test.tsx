import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { components } from '@/lib/api/schema';
import { signInAs } from '@/testing/mocks/access-data';
import { problem } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

type CostBatch = components['schemas']['CostBatch'];

const header =
  'year;month;serviceArea;profession;hiredCost;ownCost;hiredPersons;hiredFte;procured;task;reasons';

function costFile(rows: string[], name = 'kostnader.csv') {
  return new File([`\uFEFF${header}\r\n${rows.join('\r\n')}\r\n`], name, { type: 'text/csv' });
}

/** Records what the upload sent, answering with the given response. */
function answerUploads(answer: (request: Request) => Response) {
  const sent: { body: CostBatch; key: string | null; language: string | null }[] = [];
  server.use(
    http.post('*/api/v1/municipalities/:code/cost-lines', async ({ request }) => {
      sent.push({
        body: (await request.clone().json()) as CostBatch,
        key: request.headers.get('Idempotency-Key'),
        language: request.headers.get('Accept-Language'),
      });
      return answer(request);
    }),
  );
  return sent;
}

async function openUpload() {
  signInAs('luleåEditor');
  const view = renderApp('/municipalities/2580');
  const upload = await screen.findByRole('region', { name: 'Rapportera från fil' });
  return { ...view, upload, fileInput: within(upload).getByLabelText('Fil med kostnader (CSV)') };
}

describe('reporting costs from a file', () => {
  it('should name the rows it cannot read, and send nothing', async () => {
    const sent = answerUploads(() => HttpResponse.json({}));
    server.use(
      http.get('*/api/v1/service-areas', () =>
        HttpResponse.json([{ code: 'aldre', nameSv: 'Äldre', nameEn: 'Elderly', sortOrder: 1 }]),
      ),
    );
    const { user, upload, fileInput } = await openUpload();

    await user.upload(
      fileInput,
      costFile(['2025;;aldre;;100 000;900 000;;;;;', '2025;;;;3,4 mkr;900000;;;;;']),
    );

    expect(await within(upload).findByText('2 rader lästes från kostnader.csv.')).toBeInTheDocument();
    const alert = within(upload).getByRole('alert');
    expect(alert).toHaveTextContent('Filen har fel. Rätta dem och välj filen igen.');
    expect(alert).toHaveTextContent('Rad 3, kolumn Verksamhetsområde (serviceArea): krävs');
    expect(alert).toHaveTextContent('Rad 3, kolumn Kostnad inhyrd personal (hiredCost): måste vara ett tal');
    const preview = within(upload).getByRole('table', { name: 'Förhandsvisning: 2 av 2 rader' });
    expect(within(preview).getAllByRole('row')[1]).toHaveTextContent('Inga');
    expect(within(preview).getAllByRole('row')[2]).toHaveTextContent(
      'Kolumn Verksamhetsområde (serviceArea): krävs',
    );
    // The service area by name; the amount it could not read as typed, marked, never as 0.
    await waitFor(() => expect(within(preview).getAllByRole('row')[1]).toHaveTextContent('Äldre'));
    const cells = within(within(preview).getAllByRole('row')[2]!).getAllByRole('cell');
    const hired = cells[3]!;
    expect(hired).toHaveTextContent('3,4 mkr (kunde inte läsas)');
    expect(hired).toHaveAttribute('data-unreadable', 'true');
    expect(hired).toHaveClass('cell-unreadable');
    expect(hired).not.toHaveTextContent(/^0$/);
    expect(cells[1]).toHaveTextContent('tom (kunde inte läsas)');
    expect(cells[4]).not.toHaveAttribute('data-unreadable');
    expect(within(upload).queryByRole('button', { name: /Spara/ })).not.toBeInTheDocument();
    expect(sent).toEqual([]);
  });

  it('should show the API’s problems in Swedish on the rows and columns of the file and say that nothing was stored', async () => {
    // The API answers in the language asked for, as the service does (Accept-Language).
    const sent = answerUploads((request) =>
      request.headers.get('Accept-Language')?.startsWith('sv')
        ? problem(400, 'Ogiltig begäran', 'Några rader är ogiltiga; inget sparades.', [
            {
              field: 'lines[1].serviceArea',
              in: 'body',
              message: 'måste vara en kod för ett verksamhetsområde',
              code: 'not_allowed',
            },
            {
              field: 'lines[2].hiredCost',
              in: 'body',
              message: 'måste vara 0 kronor eller mer, med högst två decimaler',
              code: 'out_of_range',
            },
          ])
        : problem(400, 'Invalid request', 'Some lines are not valid; nothing was stored.', [
            { field: 'lines[1].serviceArea', in: 'body', message: 'must be a service area code' },
            { field: 'lines[2].hiredCost', in: 'body', message: 'must be 0 or more SEK' },
          ]),
    );
    const { user, upload, fileInput } = await openUpload();

    await user.upload(
      fileInput,
      costFile(['2025;;barn_unga;;3 390 000;96 610 000;;;;;', '2025;;x;;1;2;;;;;', '2025;;aldre;;-5;1;;;;;']),
    );
    await user.click(await within(upload).findByRole('button', { name: 'Spara 3 rader' }));

    const alert = await within(upload).findByRole('alert');
    expect(alert).toHaveTextContent('Inget sparades');
    expect(alert).toHaveTextContent(
      'Rad 3, kolumn Verksamhetsområde (serviceArea): måste vara en kod för ett verksamhetsområde',
    );
    expect(alert).toHaveTextContent(
      'Rad 4, kolumn Kostnad inhyrd personal (hiredCost): måste vara 0 kronor eller mer, med högst två decimaler',
    );
    expect(alert).not.toHaveTextContent('must be');
    expect(within(upload).queryByRole('button', { name: /Spara/ })).not.toBeInTheDocument();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.language).toBe('sv');
    expect(sent[0]!.body.source).toBe('file');
    expect(sent[0]!.body.lines).toHaveLength(3);
    expect(sent[0]!.body.lines[0]).toEqual({
      year: 2025,
      serviceArea: 'barn_unga',
      hiredCost: 3390000,
      ownCost: 96610000,
    });
    expect(sent[0]!.key).toBeTruthy();
  });

  it('should store the file in one batch and tell what became of its rows', async () => {
    const sent = answerUploads(() =>
      HttpResponse.json<components['schemas']['CostBatchResult']>({
        received: 2,
        created: 1,
        updated: 1,
        unchanged: 0,
        warnings: [{ index: 1, message: 'hired staff for authority exercise in barn_unga' }],
      }),
    );
    const { user, upload, fileInput } = await openUpload();

    await user.upload(
      fileInput,
      costFile(['2025;;aldre;;100;900;;;;;', '2025;3;barn_unga;;1,5;2;;;;authority;']),
    );
    await user.click(await within(upload).findByRole('button', { name: 'Spara 2 rader' }));

    expect(
      await within(upload).findByText('Sparat: 1 nya, 1 ändrade och 0 oförändrade rader.'),
    ).toBeInTheDocument();
    expect(within(upload).getByText(/Rad 3: hired staff for authority exercise/)).toBeInTheDocument();
    expect(within(upload).queryByRole('alert')).not.toBeInTheDocument();
    expect(sent.map(({ body }) => body.lines.length)).toEqual([2]);
    expect(sent[0]!.body.lines[1]).toMatchObject({ month: 3, hiredCost: 1.5, task: 'authority' });
  });
});
