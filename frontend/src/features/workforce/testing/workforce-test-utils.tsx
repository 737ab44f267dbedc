import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import type { ReactElement } from 'react';
import { AppProvider } from '@/app/provider';
import type { components } from '@/lib/api/schema';
import { createQueryClient } from '@/lib/query-client';
import { server } from '@/testing/mocks/server';

type Schemas = components['schemas'];

/**
 * Renders one of the feature's components as the app would (its providers, the real API client, no retries),
 * against the MSW handlers: the section is mounted on a municipality's page by the app, not by this feature.
 */
export function renderWithApp(ui: ReactElement) {
  const queryClient = createQueryClient({ queries: { retry: false }, mutations: { retry: false } });
  const user = userEvent.setup();
  const view = render(<AppProvider queryClient={queryClient}>{ui}</AppProvider>);
  return { ...view, user, queryClient };
}

/** Two professions and two service areas, as the catalogues answer them. */
export function serveCatalogues() {
  server.use(
    http.get('*/api/v1/professions', () =>
      HttpResponse.json<Schemas['Profession'][]>([
        {
          code: 'socialsekreterare',
          nameSv: 'Socialsekreterare',
          nameEn: 'Social worker',
          sortOrder: 20,
          validFrom: '2020-01-01',
        },
        {
          code: 'sjukskoterska',
          nameSv: 'Sjuksköterska',
          nameEn: 'Registered nurse',
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
        },
        { code: 'aldre', nameSv: 'Äldreomsorg', nameEn: 'Elderly care' },
      ] as Schemas['ServiceArea'][]),
    ),
  );
}

type WorkforceBatch = Schemas['WorkforceBatch'];

/** Records what was reported, answering with the given response (by default: all created). */
export function answerReports(answer?: (batch: WorkforceBatch) => Response | Promise<Response>) {
  const sent: { code: string; body: WorkforceBatch; key: string | null }[] = [];
  server.use(
    http.post('*/api/v1/municipalities/:code/workforce-figures', async ({ params, request }) => {
      const body = (await request.json()) as WorkforceBatch;
      sent.push({ code: String(params.code), body, key: request.headers.get('Idempotency-Key') });
      return answer
        ? answer(body)
        : HttpResponse.json<Schemas['CostBatchResult']>({
            received: body.lines.length,
            created: body.lines.length,
            updated: 0,
            unchanged: 0,
            warnings: [],
          });
    }),
  );
  return sent;
}
