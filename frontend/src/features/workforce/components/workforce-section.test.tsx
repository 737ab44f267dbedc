import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { components } from '@/lib/api/schema';
import { meQueryKey } from '@/lib/auth/get-me';
import { accessData, newId, signInAs } from '@/testing/mocks/access-data';
import { problem } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { answerReports, renderWithApp, serveCatalogues } from '../testing/workforce-test-utils';
import { WorkforceSection } from './workforce-section';

type Schemas = components['schemas'];
type Figure = Schemas['ReportedWorkforceFigure'];

const lastYear = new Date().getFullYear() - 1;

const provenance = (source: Figure['provenance']['source'], revision: number) => ({
  source,
  revision,
  reportedBy: 'Erik Berg',
  reportedAt: '2026-01-15T08:00:00Z',
});

const figures: Figure[] = [
  {
    id: 1,
    year: lastYear,
    profession: 'socialsekreterare',
    employees: 1234,
    fte: 1100.25,
    retirements: 12,
    newHires: 130,
    leavers: 101,
    sickLeavePercent: 6.8,
    provenance: provenance('file', 2),
  },
  {
    id: 2,
    year: lastYear,
    profession: 'sjukskoterska',
    serviceArea: 'barn_unga',
    employees: 42,
    provenance: provenance('manual', 1),
  },
];

/** Serves the figures a page at a time to whoever asks, recording each query. */
function serveFigures({ items = figures, size = 50 }: { items?: Figure[]; size?: number } = {}) {
  const asked: URLSearchParams[] = [];
  server.use(
    http.get('*/api/v1/municipalities/:code/workforce-figures', ({ request }) => {
      const query = new URL(request.url).searchParams;
      asked.push(query);
      const page = Number(query.get('page') ?? 1);
      const year = Number(query.get('year'));
      const ofYear = items.filter((item) => item.year === year);
      return HttpResponse.json<Schemas['WorkforceFigurePage']>({
        items: ofYear.slice((page - 1) * size, page * size),
        page,
        size: Number(query.get('size')),
        totalItems: ofYear.length,
        totalPages: Math.ceil(ofYear.length / size),
      });
    }),
  );
  return asked;
}

/** Norrbotten's coordinator: reads Luleå's details, edits none of them. */
function signInAsCoordinator() {
  accessData.users.push({
    id: newId(),
    email: 'kim.coordinator@norrbotten.se',
    displayName: 'Kim Samordnare',
    password: 'samordnare-lösenord-1',
    active: true,
    revision: 0,
    createdAt: '2026-01-15T08:00:00Z',
    grants: [{ id: newId(), role: 'county_coordinator', countyCode: '25' }],
  });
  accessData.sessionUserId = accessData.users.at(-1)!.id;
}

beforeEach(() => serveCatalogues());

describe("a municipality's workforce figures", () => {
  it('should show a reader the year’s figures in Swedish numbers, with names, sources and revisions', async () => {
    const asked = serveFigures();
    signInAsCoordinator();
    renderWithApp(<WorkforceSection municipalityCode="2580" />);

    const section = await screen.findByRole('region', { name: 'Personalstatistik' });
    expect(section).toHaveTextContent(
      /anställda, årsarbetare, pensionsavgångar, nyanställda, avgångar och sjukfrånvaro/,
    );
    const table = await within(section).findByRole('table', { name: `Personalstatistik ${lastYear}` });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual([
      'Yrke',
      'Verksamhetsområde',
      'Anställda',
      'Årsarbetare',
      'Pensionsavgångar',
      'Nyanställda',
      'Avgångar',
      'Sjukfrånvaro',
      'Källa',
    ]);
    const social = within(table).getByRole('row', { name: /Socialsekreterare/ });
    expect(within(social).getByRole('rowheader')).toHaveTextContent('Socialsekreterare');
    expect(
      within(social)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([
      'Alla verksamhetsområden',
      '1\u00a0234',
      '1\u00a0100,25',
      '12',
      '130',
      '101',
      '6,8\u00a0%',
      'Fil, version 2',
    ]);
    const nurses = within(table).getByRole('row', { name: /Sjuksköterska/ });
    expect(
      within(nurses)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['Barn och unga', '42', '–', '–', '–', '–', '–', 'Manuell, version 1']);
    expect(asked.map((query) => query.toString())).toEqual([`year=${lastYear}&page=1&size=50`]);
    // Only the municipality's editors report.
    expect(within(section).queryByRole('region', { name: 'Mata in en uppgift' })).not.toBeInTheDocument();
    expect(
      within(section).queryByRole('region', { name: 'Rapportera personalstatistik från fil' }),
    ).not.toBeInTheDocument();
    expect(within(section).queryByRole('navigation')).not.toBeInTheDocument();
  });

  it('should show nothing to someone the API does not let read the figures', async () => {
    let asked = 0;
    server.use(
      http.get('*/api/v1/municipalities/:code/workforce-figures', () => {
        asked += 1;
        return problem(403, 'Forbidden', 'You may not read the details of municipality 2580.');
      }),
    );
    signInAs('analyst');
    const { container, queryClient } = renderWithApp(<WorkforceSection municipalityCode="2580" />);

    await waitFor(() =>
      expect(queryClient.getQueryCache().find({ queryKey: ['workforce'], exact: false })?.state.status).toBe(
        'error',
      ),
    );
    // Not even an error.
    expect(container).toBeEmptyDOMElement();
    expect(asked).toBe(1);
  });

  it('should ask nothing when nobody is signed in', async () => {
    const asked = serveFigures();
    const { container, queryClient } = renderWithApp(<WorkforceSection municipalityCode="2580" />);

    await waitFor(() => expect(queryClient.getQueryState(meQueryKey)?.status).toBe('success'));
    expect(queryClient.getQueryData(meQueryKey)).toBeNull();
    expect(container).toBeEmptyDOMElement();
    expect(asked).toEqual([]);
  });

  it('should follow the year typed once it is a whole year, and say when there are no figures', async () => {
    const asked = serveFigures();
    signInAsCoordinator();
    const { user } = renderWithApp(<WorkforceSection municipalityCode="2580" />);
    const year = await screen.findByRole('textbox', { name: 'Visa personalstatistik för år' });

    await user.clear(year);
    await user.type(year, '20');
    expect(year).toHaveAccessibleDescription(/Ange ett år från 2000 till 2100/);
    await user.type(year, '40');

    expect(
      await screen.findByText('Kommunen har inte rapporterat någon personalstatistik för 2040.'),
    ).toBeInTheDocument();
    expect(year).not.toHaveAccessibleDescription(/Ange ett år/);
    expect(asked.map((query) => query.get('year'))).toEqual([String(lastYear), '2040']);
  });

  it('should page through many figures with buttons', async () => {
    const many: Figure[] = Array.from({ length: 5 }, (_, index) => ({
      ...figures[0]!,
      id: index + 1,
      employees: index + 1,
    }));
    const asked = serveFigures({ items: many, size: 2 });
    signInAsCoordinator();
    const { user } = renderWithApp(<WorkforceSection municipalityCode="2580" />);

    const pages = await screen.findByRole('navigation', { name: 'Sidor i personalstatistiken' });
    expect(pages).toHaveTextContent('Sida 1 av 3');
    const previous = within(pages).getByRole('button', { name: /Föregående/ });
    const next = within(pages).getByRole('button', { name: /Nästa/ });
    expect(previous).toHaveAttribute('aria-disabled', 'true');
    await user.click(previous);
    await user.click(next);
    await waitFor(() => expect(pages).toHaveTextContent('Sida 2 av 3'));
    await user.click(next);
    await waitFor(() => expect(pages).toHaveTextContent('Sida 3 av 3'));
    expect(next).toHaveAttribute('aria-disabled', 'true');
    expect(next).toHaveFocus();
    await waitFor(() =>
      expect(screen.getByRole('table', { name: `Personalstatistik ${lastYear}` })).not.toHaveAttribute(
        'aria-busy',
        'true',
      ),
    );
    expect(screen.getAllByRole('row')).toHaveLength(2);
    expect(asked.map((query) => query.get('page'))).toEqual(['1', '2', '3']);
  });

  it('should give an editor the form and the upload, and show what they report', async () => {
    const stored = [...figures];
    const asked = serveFigures({ items: stored });
    const sent = answerReports((batch) => {
      stored.push({ ...batch.lines[0]!, id: 3, provenance: provenance('manual', 1) });
      return HttpResponse.json<Schemas['CostBatchResult']>({
        received: 1,
        created: 1,
        updated: 0,
        unchanged: 0,
        warnings: [],
      });
    });
    signInAs('luleåEditor');
    const { user } = renderWithApp(<WorkforceSection municipalityCode="2580" />);

    const section = await screen.findByRole('region', { name: 'Personalstatistik' });
    expect(
      within(section).getByRole('region', { name: 'Rapportera personalstatistik från fil' }),
    ).toBeInTheDocument();
    const form = within(section).getByRole('region', { name: 'Mata in en uppgift' });
    await within(form).findByRole('option', { name: 'Socialsekreterare' });
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Yrke' }), 'socialsekreterare');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Verksamhetsområde' }), 'aldre');
    await user.type(within(form).getByRole('textbox', { name: 'Årsarbetare' }), '7,5');
    await user.click(within(form).getByRole('button', { name: 'Spara uppgiften' }));

    const table = await within(section).findByRole('table', { name: `Personalstatistik ${lastYear}` });
    const added = await within(table).findByRole('row', { name: /Äldreomsorg/ });
    expect(added).toHaveTextContent('7,5');
    expect(sent[0]!.body.source).toBe('manual');
    expect(asked).toHaveLength(2);
  });
});
