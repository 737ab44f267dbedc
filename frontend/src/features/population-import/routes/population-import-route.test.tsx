import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { components } from '@/lib/api/schema';
import { signInAs } from '@/testing/mocks/access-data';
import { problem } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

type Schemas = components['schemas'];

const file = (text: string) => new File([text], 'folkmangd.csv', { type: 'text/csv' });

describe('importing population per year', () => {
  it("should send the file's rows once, show the server's problems per row, and list a year's figures", async () => {
    const sent: { body: unknown; key: string | null }[] = [];
    let refuse = true;
    server.use(
      http.post('*/api/v1/population', async ({ request }) => {
        sent.push({ body: await request.json(), key: request.headers.get('Idempotency-Key') });
        if (refuse) {
          refuse = false;
          return problem(400, 'Bad Request', 'Some lines are not valid; nothing was stored.', [
            { field: 'lines[1].municipality', in: 'body', message: "must be a municipality's SCB code" },
          ]);
        }
        return HttpResponse.json<Schemas['CostBatchResult']>({
          received: 1,
          created: 1,
          updated: 0,
          unchanged: 0,
          warnings: [],
        });
      }),
      http.get('*/api/v1/population', ({ request }) =>
        HttpResponse.json<Schemas['PopulationList']>({
          year: Number(new URL(request.url).searchParams.get('year')),
          items: [
            {
              municipalityCode: '2580',
              municipalityName: 'Luleå',
              year: 2025,
              inhabitants: 80028,
              provenance: {
                source: 'file',
                reportedBy: 'Admin',
                reportedAt: '2026-11-23T09:15:00Z',
                revision: 2,
              },
            },
          ],
        }),
      ),
    );
    signInAs('admin');
    const { user } = renderApp('/admin/population');

    const input = await screen.findByLabelText(/Fil med folkmängd/);
    await user.upload(input, file('municipality;year;inhabitants\r\n2580;2025;80028\r\n9999;2025;1\r\n'));
    await user.click(await screen.findByRole('button', { name: 'Spara 2 rader' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      "Rad 3, kolumn Kommun (municipality): must be a municipality's SCB code",
    );

    await user.upload(input, file('municipality;year;inhabitants\r\n2580;2025;80 028\r\n'));
    await user.click(await screen.findByRole('button', { name: 'Spara 1 rad' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Sparat: 1 nya');
    expect(sent[1]!.body).toEqual({
      source: 'file',
      lines: [{ municipality: '2580', year: 2025, inhabitants: 80028 }],
    });
    expect(sent[1]!.key).not.toEqual(sent[0]!.key);

    const table = await screen.findByRole('table', { name: /Folkmängd/ });
    expect(within(table).getByRole('row', { name: /Luleå/ })).toHaveTextContent('80 028');
  });
});
