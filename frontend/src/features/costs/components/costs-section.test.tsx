import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { components } from '@/lib/api/schema';
import { signInAs } from '@/testing/mocks/access-data';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

type Schemas = components['schemas'];

const spread = { min: 0, q1: 0, median: 0, q3: 0, max: 0 };

function figures(hiredCost: number, ownCost: number): Schemas['HiredStaffShare'] {
  const share = Math.round((hiredCost / (hiredCost + ownCost)) * 10000) / 100;
  return { hiredCost, ownCost, share, municipalitiesReporting: 1, distribution: spread };
}

/** Luleå's, Norrbotten's and the country's figures for the year asked, and Luleå alone on the map. */
function serveFigures() {
  const asked: string[] = [];
  server.use(
    http.get('*/api/v1/service-areas', () =>
      HttpResponse.json<Schemas['ServiceArea'][]>([
        { code: 'barn_unga', nameSv: 'Barn och unga', nameEn: 'Children and young people' },
      ] as Schemas['ServiceArea'][]),
    ),
    http.get('*/api/v1/hired-staff-shares', ({ request }) => {
      const query = new URL(request.url).searchParams;
      asked.push(query.toString());
      const [hired, own] = query.get('municipality')
        ? [3390000, 96610000]
        : query.get('county')
          ? [1, 9]
          : [1, 19];
      const change = query.get('municipality') ? { shareChange: -0.25, hiredCostPerInhabitant: 42.36 } : {};
      return HttpResponse.json<Schemas['HiredStaffShares']>({
        year: Number(query.get('year')),
        areas: [{ serviceArea: 'barn_unga', ...figures(hired, own), ...change }],
        total: figures(hired, own),
      });
    }),
    http.get('*/api/v1/hired-staff-shares/municipalities', () =>
      HttpResponse.json<Schemas['MunicipalityShare'][]>([
        {
          municipalityCode: '2580',
          municipalityName: 'Luleå',
          countyCode: '25',
          hiredCost: 3390000,
          ownCost: 96610000,
          share: 3.39,
        },
      ]),
    ),
    http.get('*/geo/municipalities.geo.json', () =>
      HttpResponse.json({
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', properties: { code: '2580', name: 'Luleå', county_code: '25' }, geometry: null },
          { type: 'Feature', properties: { code: '2581', name: 'Piteå', county_code: '25' }, geometry: null },
        ],
      }),
    ),
  );
  return asked;
}

describe("a municipality's hired-staff share", () => {
  it('should set the municipality beside its county and the country, in Swedish numbers', async () => {
    serveFigures();
    signInAs('analyst');
    renderApp('/municipalities/2580');
    const year = new Date().getFullYear() - 1;

    const table = await screen.findByRole('table', {
      name: `Andel inhyrd personal ${year}: kommunen, länet och riket`,
    });
    const children = within(table).getByRole('row', { name: /Barn och unga/ });
    expect(
      within(children)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([
      '3,39\u00a0%',
      '10\u00a0%',
      '5\u00a0%',
      '3\u00a0390\u00a0000\u00a0kr',
      '96\u00a0610\u00a0000\u00a0kr',
      '\u22120,25 procentenheter',
      '42,36\u00a0kr',
    ]);
    expect(within(table).getByRole('row', { name: /Alla områden/ })).toHaveTextContent('3,39');
    // Only the municipality's editors report.
    expect(screen.queryByRole('region', { name: 'Rapportera från fil' })).not.toBeInTheDocument();
  });

  it('should list every municipality under the map, those without figures said so', async () => {
    serveFigures();
    signInAs('analyst');
    const { user } = renderApp('/municipalities/2580');

    expect(await screen.findByText('1 av 2 kommuner har rapporterat.', { exact: false })).toBeInTheDocument();
    await user.click(screen.getByText('Visa som tabell (2 kommuner)'));
    const table = screen.getByRole('table', { name: /Andel inhyrd personal per kommun/ });
    expect(within(table).getByRole('row', { name: /Luleå/ })).toHaveTextContent('3,39 %');
    expect(within(table).getByRole('row', { name: /Piteå/ })).toHaveTextContent('Inga uppgifter');
  });

  it('should follow the year typed once it is a whole year', async () => {
    const asked = serveFigures();
    signInAs('analyst');
    const { user } = renderApp('/municipalities/2580');
    const year = await screen.findByRole('textbox', { name: /^Visa kostnader för år/ });

    await user.clear(year);
    await user.type(year, '20');
    expect(year).toHaveAccessibleDescription(/Ange ett år från 2000 till 2100/);
    await user.type(year, '40');

    expect(
      await screen.findByRole('table', { name: 'Andel inhyrd personal 2040: kommunen, länet och riket' }),
    ).toBeInTheDocument();
    expect(year).not.toHaveAccessibleDescription(/Ange ett år/);
    // Never a half-typed year.
    expect(asked.map((query) => Number(new URLSearchParams(query).get('year')))).not.toContain(20);
    expect(asked.map((query) => Number(new URLSearchParams(query).get('year')))).toContain(2040);
  });

  it('should draw the trend of ten years with a table of the same figures', async () => {
    serveFigures();
    const year = new Date().getFullYear() - 1;
    const asked: string[] = [];
    server.use(
      http.get('*/api/v1/hired-staff-shares/series', ({ request }) => {
        asked.push(new URL(request.url).search);
        return HttpResponse.json<Schemas['KpiValue'][]>([
          { kpi: 'KL_HIRED_SHARE', municipality: '0000', period: year, value: 1.1 },
          { kpi: 'KL_HIRED_SHARE', municipality: '0025', period: year, value: 2.2 },
          { kpi: 'KL_HIRED_SHARE', municipality: '2580', period: year - 1, value: 4 },
          { kpi: 'KL_HIRED_SHARE', municipality: '2580', period: year, value: 3.39 },
          { kpi: 'KL_HIRED_SHARE_BARN_UNGA', municipality: '2580', period: year, value: 3.39 },
        ]);
      }),
    );
    signInAs('analyst');
    renderApp('/municipalities/2580');

    const table = await screen.findByRole('table', {
      name: `Andel inhyrd personal per år ${year - 9}–${year}`,
    });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['År', 'Kommunen', 'Länet', 'Riket', 'Kommunen, Barn och unga']);
    expect(within(table).getAllByRole('row')).toHaveLength(11);
    expect(within(table).getByRole('row', { name: new RegExp(`^${year} `) })).toHaveTextContent(
      `${year}3,39 %2,2 %1,1 %3,39 %`,
    );
    expect(within(table).getByRole('row', { name: new RegExp(`^${year - 1} `) })).toHaveTextContent(
      `${year - 1}4 %–––`,
    );
    expect(new URLSearchParams(asked[0]).getAll('region')).toEqual(['2580', '0025', '0000']);
    // An analyst sees no reported lines: they are the municipality's own.
    expect(screen.queryByRole('heading', { name: /Rapporterade rader/ })).not.toBeInTheDocument();
  });

  it("should let the municipality's editor report one line by hand and see it among the lines", async () => {
    serveFigures();
    let sent: unknown;
    server.use(
      http.get('*/api/v1/service-areas', () =>
        HttpResponse.json<Schemas['ServiceArea'][]>([
          { code: 'barn_unga', nameSv: 'Barn och unga', nameEn: 'Children and young people' },
        ] as Schemas['ServiceArea'][]),
      ),
      http.post('*/api/v1/municipalities/2580/cost-lines', async ({ request }) => {
        sent = await request.json();
        return HttpResponse.json<Schemas['CostBatchResult']>({
          received: 1,
          created: 0,
          updated: 1,
          unchanged: 0,
          warnings: [{ index: 0, message: 'Hired staff reported for authority exercise.' }],
        });
      }),
      http.get('*/api/v1/municipalities/2580/cost-lines', () =>
        HttpResponse.json<Schemas['CostLinePage']>({
          items: [
            {
              id: 7,
              year: 2025,
              serviceArea: 'barn_unga',
              hiredCost: 3390000,
              ownCost: 96610000,
              share: 3.39,
              reasons: [],
              provenance: {
                source: 'manual',
                reportedBy: 'Anna',
                reportedAt: '2026-11-23T09:15:00Z',
                revision: 2,
              },
            },
          ],
          page: 1,
          size: 20,
          totalItems: 1,
          totalPages: 1,
        }),
      ),
    );
    signInAs('luleåEditor');
    const { user } = renderApp('/municipalities/2580');

    const form = await screen.findByRole('region', { name: 'Rapportera en rad' });
    const year = within(form).getByRole('textbox', { name: /^År/ });
    await user.clear(year);
    await user.type(year, '2025');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Verksamhetsområde' }), 'barn_unga');
    await user.type(within(form).getByRole('textbox', { name: /inhyrd personal/ }), '3 390 000');
    await user.type(within(form).getByRole('textbox', { name: /egen personal/ }), 'mycket');
    await user.click(within(form).getByRole('button', { name: 'Spara raden' }));
    // Refused in the form: nothing sent.
    expect(within(form).getByRole('textbox', { name: /egen personal/ })).toHaveAccessibleDescription(
      /Ange ett belopp i kronor/,
    );
    expect(sent).toBeUndefined();

    await user.clear(within(form).getByRole('textbox', { name: /egen personal/ }));
    await user.type(within(form).getByRole('textbox', { name: /egen personal/ }), '96 610 000,00');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Uppdrag' }), 'authority');
    await user.click(within(form).getByRole('button', { name: 'Spara raden' }));

    expect(await within(form).findByRole('status')).toHaveTextContent(
      'Raden är sparad (ändrad). Andelen: 3,39 %. Observera: Hired staff reported for authority exercise.',
    );
    expect(sent).toEqual({
      source: 'manual',
      lines: [
        { year: 2025, serviceArea: 'barn_unga', hiredCost: 3390000, ownCost: 96610000, task: 'authority' },
      ],
    });
    const lines = await screen.findByRole('table', { name: /Kommunens kostnadsrader/ });
    expect(within(lines).getByRole('row', { name: /2025/ })).toHaveTextContent('Inmatad, version 2');
  });
});
