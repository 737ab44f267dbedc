import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { components } from '@/lib/api/schema';
import { signInAs } from '@/testing/mocks/access-data';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

type Schemas = components['schemas'];

const cell = (professions: [string, string, number][]): Schemas['MatrixCellResult'] => ({
  rowId: 'aldre',
  rowLabel: { sv: 'Äldre', en: 'Older people' },
  columnId: 'brist',
  columnLabel: { sv: 'Brist', en: 'Shortage' },
  answered: 2,
  professions: professions.map(([code, nameSv, municipalities]) => ({
    code,
    nameSv,
    municipalities,
    percent: 50,
  })),
  texts: [],
});

/** Kiruna as a visitor sees it once 2024 and a campaign are published. */
const published: Schemas['MunicipalityProfile'] = {
  code: '2584',
  name: 'Kiruna',
  countyCode: '25',
  countyName: 'Norrbottens län',
  restricted: true,
  publishedYears: [2024],
  shares: [
    {
      nameSv: 'Alla verksamhetsområden',
      nameEn: 'All service areas',
      points: [
        { year: 2023, county: 4.1 },
        { year: 2024, municipality: 5.12, county: 4.56, country: 3.25 },
      ],
    },
    {
      serviceArea: 'aldre',
      nameSv: 'Äldre',
      nameEn: 'Older people',
      points: [{ year: 2024, municipality: 6.5 }],
    },
  ],
  targets: [],
  survey: {
    questionnaireId: 'q1',
    campaignId: 'c1',
    title: { sv: 'Kompetensmatris 2024' },
    published: true,
    own: [cell([['underskoterska', 'Undersköterska', 1]])],
    county: [
      cell([
        ['underskoterska', 'Undersköterska', 2],
        ['sjukskoterska', 'Sjuksköterska', 1],
      ]),
    ],
  },
  publications: [
    {
      id: 'p1',
      kind: 'municipality_year',
      municipalityCode: '2584',
      year: 2024,
      publishedAt: '2026-01-01T00:00:00Z',
    },
  ],
};

describe('a municipality’s profile', () => {
  it('should show a visitor the published share, its trend against county and country, and the survey ranking', async () => {
    server.use(http.get('*/api/v1/municipalities/:code/profile', () => HttpResponse.json(published)));
    renderApp('/municipalities/2584');

    expect(
      await screen.findByText('Kiruna 2024: 5,12 % av personalkostnaden gick till inhyrd personal.'),
    ).toBeVisible();
    const trend = screen.getByRole('table', {
      name: 'Andel inhyrd personal per år, Kiruna jämfört med län och riket',
    });
    const rows = within(trend).getAllByRole('row').slice(1);
    // Swedish percentages: a no-break space before the sign.
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ),
    ).toEqual([
      ['uppgift saknas', '4,1\u00a0%', 'uppgift saknas'],
      ['5,12\u00a0%', '4,56\u00a0%', '3,25\u00a0%'],
    ]);
    // The wide table scrolls in its own focusable region, named as its caption.
    expect(
      screen.getByRole('region', { name: 'Andel inhyrd personal per år, Kiruna jämfört med län och riket' }),
    ).toHaveAttribute('tabindex', '0');
    const areas = screen.getByRole('table', {
      name: 'Andel inhyrd personal per verksamhetsområde 2024, Kiruna',
    });
    expect(within(areas).getByRole('row', { name: /Äldre/ })).toHaveTextContent(/6,5\s%/);
    const ranking = screen.getByRole('table', {
      name: 'Kompetenser som kommunerna i Norrbottens län angav, flest först',
    });
    expect(
      within(ranking)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Undersköterska (2 kommuner)', 'Sjuksköterska (1 kommun)']);
    expect(
      screen.getByText('Du ser det som kommunen och länet har publicerat. Logga in för mer.'),
    ).toBeVisible();
    // A visitor gets no entry forms and no publishing.
    expect(screen.queryByText('Detaljer och registrering')).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Publicering' })).not.toBeInTheDocument();
  });

  it('should say so when nothing is published', async () => {
    renderApp('/municipalities/2584');
    expect(await screen.findByText('Inga publicerade siffror om inhyrd personal.')).toBeVisible();
    expect(screen.getByText('Inga publicerade enkätresultat.')).toBeVisible();
  });

  it('should let the municipality’s editor withdraw a published year and publish another, with the forms below the figures', async () => {
    signInAs('luleåEditor');
    const requests: unknown[] = [];
    const profile: Schemas['MunicipalityProfile'] = {
      ...published,
      code: '2580',
      name: 'Luleå',
      restricted: false,
      shares: [
        {
          nameSv: 'Alla',
          nameEn: 'All',
          points: [
            { year: 2023, municipality: 4 },
            { year: 2024, municipality: 5 },
          ],
        },
      ],
      decisions: [],
      plans: [],
      publications: [
        {
          id: 'p1',
          kind: 'municipality_year',
          municipalityCode: '2580',
          year: 2024,
          publishedAt: '2026-01-01T00:00:00Z',
        },
      ],
    };
    server.use(
      http.get('*/api/v1/municipalities/:code/profile', () => HttpResponse.json(profile)),
      http.post('*/api/v1/publications', async ({ request }) => {
        requests.push(await request.json());
        return HttpResponse.json(
          { id: 'p2', kind: 'municipality_year', publishedAt: '2026-01-02T00:00:00Z' },
          { status: 201 },
        );
      }),
      http.delete('*/api/v1/publications/:id', ({ params }) => {
        requests.push({ withdrawn: params.id });
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const { user } = renderApp('/municipalities/2580');

    const panel = await screen.findByRole('region', { name: 'Publicering' });
    await user.click(within(panel).getByRole('button', { name: 'Publicera Siffror 2023' }));
    await user.click(within(panel).getByRole('button', { name: 'Dra tillbaka Siffror 2024' }));
    await waitFor(() =>
      expect(requests).toEqual([
        { kind: 'municipality_year', municipalityCode: '2580', year: 2023 },
        { withdrawn: 'p1' },
      ]),
    );
    // The figures come first; the entry forms wait behind a disclosure below them.
    const details = screen.getByText('Detaljer och registrering').closest('details')!;
    expect(details).not.toHaveAttribute('open');
    expect(
      screen.getByRole('heading', { name: 'Andel inhyrd personal' }).compareDocumentPosition(details) &
        Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
  });
});

describe('where each person starts', () => {
  it('should send a municipality’s editor to their municipality and a visitor to the list', async () => {
    signInAs('luleåEditor');
    const { currentUrl } = renderApp('/');
    await waitFor(() => expect(currentUrl()).toBe('/municipalities/2580'));
  });

  it('should send a visitor to the municipality list', async () => {
    const { currentUrl } = renderApp('/');
    await waitFor(() => expect(currentUrl()).toBe('/municipalities'));
  });
});

describe('a county’s profile', () => {
  it('should list its municipalities with their latest share', async () => {
    server.use(
      http.get('*/api/v1/counties/:code/profile', () =>
        HttpResponse.json<Schemas['CountyProfile']>({
          code: '25',
          name: 'Norrbottens län',
          restricted: true,
          publishedYears: [],
          shares: [{ nameSv: 'Alla', nameEn: 'All', points: [] }],
          municipalities: [
            { code: '2584', name: 'Kiruna', year: 2024, share: 5.12, published: true },
            { code: '2580', name: 'Luleå', published: false },
          ],
          publications: [],
        }),
      ),
    );
    renderApp('/counties/25');
    const table = await screen.findByRole('table', {
      name: 'Andel inhyrd personal i kommunerna i Norrbottens län, senaste år',
    });
    expect(within(table).getByRole('row', { name: /Kiruna/ })).toHaveTextContent(/5,12\s%/);
    expect(within(table).getByRole('row', { name: /Luleå/ })).toHaveTextContent('uppgift saknas');
    expect(within(table).getByRole('link', { name: 'Kiruna' })).toHaveAttribute(
      'href',
      '/municipalities/2584',
    );
  });
});
