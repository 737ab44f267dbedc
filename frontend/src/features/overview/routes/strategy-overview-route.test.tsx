import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { createMemoryRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { AppProvider } from '@/app/provider';
import type { components } from '@/lib/api/schema';
import { createQueryClient } from '@/lib/query-client';
import { signInAs } from '@/testing/mocks/access-data';
import { server } from '@/testing/mocks/server';
import { StrategyOverviewRoute } from './strategy-overview-route';

type Schemas = components['schemas'];

/** Renders the page at a URL as the app would; the app wires /strategy/overview to it. */
function renderOverview(url: string) {
  const router = createMemoryRouter([{ path: '/strategy/overview', element: <StrategyOverviewRoute /> }], {
    initialEntries: [url],
  });
  const queryClient = createQueryClient({ queries: { retry: false }, mutations: { retry: false } });
  const user = userEvent.setup();
  render(
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return { user, currentUrl: () => `${router.state.location.pathname}${router.state.location.search}` };
}

const norrbotten = {
  countyCode: '25',
  countyName: 'Norrbottens län',
  municipalities: 14,
  decided: 7,
  withPlan: 3,
  withTarget: 0,
};
const stockholm = {
  countyCode: '01',
  countyName: 'Stockholms län',
  municipalities: 26,
  decided: 26,
  withPlan: 13,
  withTarget: 1,
};

/** The whole country (two counties here), or one county, recording what was asked. */
function serveOverview() {
  const asked: URLSearchParams[] = [];
  server.use(
    http.get('*/api/v1/strategy-overview', ({ request }) => {
      const query = new URL(request.url).searchParams;
      asked.push(query);
      const county = query.get('county');
      const counties = county ? [norrbotten] : [stockholm, norrbotten];
      return HttpResponse.json<Schemas['StrategyOverview']>({
        counties,
        total: county
          ? norrbotten
          : {
              countyCode: '00',
              countyName: 'Riket',
              municipalities: 1234,
              decided: 617,
              withPlan: 16,
              withTarget: 1,
            },
        actions: [
          { number: 3, title: 'Stärk introduktionen', activities: 1500 },
          { number: 1, title: 'Minska beroendet av inhyrd personal', activities: 4 },
        ],
      });
    }),
  );
  return asked;
}

const cellsOf = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);

describe('the strategy overview', () => {
  it('should show per county how many have decided, a plan and a target, in Swedish numbers', async () => {
    serveOverview();
    signInAs('analyst');
    renderOverview('/strategy/overview');

    expect(screen.getByRole('heading', { level: 1, name: 'Strategins genomslag' })).toBeInTheDocument();
    const table = await screen.findByRole('table', {
      name: 'Kommuner per län som har beslutat, har handlingsplan och har målvärde',
    });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Län', 'Kommuner', 'Har beslutat', 'Har handlingsplan', 'Har målvärde']);
    expect(cellsOf(within(table).getByRole('row', { name: /Norrbottens län/ }))).toEqual([
      '14',
      '7 (50\u00a0%)',
      '3 (21,4\u00a0%)',
      '0 (0\u00a0%)',
    ]);
    expect(cellsOf(within(table).getByRole('row', { name: /Stockholms län/ }))).toEqual([
      '26',
      '26 (100\u00a0%)',
      '13 (50\u00a0%)',
      '1 (3,8\u00a0%)',
    ]);
    expect(cellsOf(within(table).getByRole('row', { name: /Hela riket/ }))).toEqual([
      '1\u00a0234',
      '617 (50\u00a0%)',
      '16 (1,3\u00a0%)',
      '1 (0,1\u00a0%)',
    ]);

    const actions = screen.getByRole('table', {
      name: 'Strategins åtgärder efter antal aktiviteter i handlingsplanerna',
    });
    expect(
      within(actions)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Åtgärd', 'Aktiviteter']);
    expect(
      within(actions)
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.textContent),
    ).toEqual(['3. Stärk introduktionen1\u00a0500', '1. Minska beroendet av inhyrd personal4']);
  });

  it('should show one county when chosen, the choice in the URL', async () => {
    const asked = serveOverview();
    signInAs('analyst');
    const { user, currentUrl } = renderOverview('/strategy/overview');

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Län' }),
      await screen.findByRole('option', { name: 'Norrbottens län' }),
    );

    expect(currentUrl()).toBe('/strategy/overview?county=25');
    const table = await screen.findByRole('table', {
      name: 'Kommuner i Norrbottens län som har beslutat, har handlingsplan och har målvärde',
    });
    await waitFor(() => expect(within(table).queryByRole('row', { name: /Stockholms län/ })).toBeNull());
    expect(cellsOf(within(table).getByRole('row', { name: /Totalt/ }))).toEqual([
      '14',
      '7 (50\u00a0%)',
      '3 (21,4\u00a0%)',
      '0 (0\u00a0%)',
    ]);
    expect(asked.at(-1)?.get('county')).toBe('25');
    expect(asked[0]?.get('county')).toBeNull();
  });

  it('should say so when no activity is linked to an action yet', async () => {
    server.use(
      http.get('*/api/v1/strategy-overview', () =>
        HttpResponse.json<Schemas['StrategyOverview']>({
          counties: [norrbotten],
          total: norrbotten,
          actions: [],
        }),
      ),
    );
    signInAs('analyst');
    renderOverview('/strategy/overview?county=25');

    expect(await screen.findByText(/Inga aktiviteter i handlingsplanerna/)).toBeInTheDocument();
    expect(await screen.findByRole('combobox', { name: 'Län' })).toHaveDisplayValue('Norrbottens län');
  });
});
