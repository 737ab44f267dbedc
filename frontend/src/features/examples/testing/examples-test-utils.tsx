import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { createMemoryRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { AppProvider } from '@/app/provider';
import type { components } from '@/lib/api/schema';
import { createQueryClient } from '@/lib/query-client';
import { server } from '@/testing/mocks/server';
import type { LearningExample } from '../api/examples-api';
import { ExampleEditRoute } from '../routes/example-edit-route';
import { ExampleRoute } from '../routes/example-route';
import { ExamplesRoute } from '../routes/examples-route';

type Schemas = components['schemas'];

/**
 * Renders the feature's pages at a URL as the app would (its providers, the real API client, no retries), against
 * the MSW handlers; the app wires the same paths to the same routes.
 */
export function renderExamples(url: string) {
  const router = createMemoryRouter(
    [
      { path: '/examples', element: <ExamplesRoute /> },
      { path: '/examples/new', element: <ExampleEditRoute /> },
      { path: '/examples/:id', element: <ExampleRoute /> },
      { path: '/examples/:id/edit', element: <ExampleEditRoute /> },
      { path: '/sign-in', element: <p>Inloggningssidan</p> },
    ],
    { initialEntries: [url] },
  );
  const queryClient = createQueryClient({ queries: { retry: false }, mutations: { retry: false } });
  const user = userEvent.setup();
  const view = render(
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return {
    ...view,
    user,
    router,
    queryClient,
    currentUrl: () => `${router.state.location.pathname}${router.state.location.search}`,
  };
}

/** Two of the nine recruitment strategies, a service area and a profession, as the catalogues answer them. */
export function serveCatalogues() {
  server.use(
    http.get('*/api/v1/recruitment-strategies', () =>
      HttpResponse.json<Schemas['RecruitmentStrategyList']>({
        version: '2018',
        source: 'SKR, Sveriges viktigaste jobb',
        items: [
          { code: 'bredda_rekryteringen', nameSv: 'Bredda rekryteringen' },
          { code: 'behalla_medarbetare', nameSv: 'Behålla medarbetare' },
        ],
      }),
    ),
    http.get('*/api/v1/service-areas', () =>
      HttpResponse.json([
        { code: 'aldre', nameSv: 'Äldreomsorg', nameEn: 'Elderly care' },
      ] as Schemas['ServiceArea'][]),
    ),
    http.get('*/api/v1/professions', () =>
      HttpResponse.json<Schemas['Profession'][]>([
        {
          code: 'sjukskoterska',
          nameSv: 'Sjuksköterska',
          nameEn: 'Registered nurse',
          sortOrder: 60,
          validFrom: '2020-01-01',
        },
      ]),
    ),
  );
}

/** Luleå's published example about a staffing pool. */
export function anExample(changes: Partial<LearningExample> = {}): LearningExample {
  return {
    id: '7d1c7f3e-1d2a-4c55-9a43-0b3f4f1f2a10',
    ownerLevel: 'municipality',
    countyCode: '25',
    municipalityCode: '2580',
    ownerName: 'Luleå kommun',
    title: 'Egen bemanningspool i hemtjänsten',
    body: 'Vi byggde upp en egen pool.\n\nRekryteringen gick fort.',
    results: 'Andelen inhyrd personal halverades.',
    contact: 'Eva Ek, eva.ek@lulea.se',
    serviceAreas: ['aldre'],
    professions: ['sjukskoterska'],
    recruitmentStrategies: ['bredda_rekryteringen'],
    startedOn: '2024-01-01',
    endedOn: '2025-06-30',
    published: true,
    publishedAt: '2025-09-01T08:00:00Z',
    revision: 1,
    ...changes,
  };
}
