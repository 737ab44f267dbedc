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
      return HttpResponse.json<Schemas['HiredStaffShares']>({
        year: Number(query.get('year')),
        areas: [{ serviceArea: 'barn_unga', ...figures(hired, own) }],
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
    const year = await screen.findByRole('textbox', { name: /^År/ });

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
});
