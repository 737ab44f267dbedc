import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { components } from '@/lib/api/schema';
import { signInAs } from '@/testing/mocks/access-data';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

type Schemas = components['schemas'];
const PLAN = '7d1c7f3e-1d2a-4c55-9a43-0b3f4f1f2a10';

function activity(
  id: string,
  title: string,
  status: Schemas['PlanActivity']['status'],
): Schemas['PlanActivity'] {
  return {
    id,
    title,
    progress: status === 'done' ? 'done' : 'ongoing',
    strategyActions: [1],
    strategyGoals: [],
    recruitmentStrategies: [],
    status,
    notes: [],
    revision: 2,
  };
}

function servePlan() {
  const sent: unknown[] = [];
  server.use(
    http.get('*/api/v1/strategies/skl-2018', () =>
      HttpResponse.json<Schemas['Strategy']>({
        code: 'skl-2018',
        title: 'Strategin',
        publisher: 'SKL',
        publishedOn: '2018-12-13',
        periodStart: 2019,
        periodEnd: 2021,
        goals: [
          {
            number: 1,
            title: 'Minska beroendet',
            description: '',
            actions: [{ number: 1, title: 'Bestämma sig', description: '', measures: [] }],
            measures: [],
          },
          { number: 3, title: 'Öka attraktiviteten', description: '', actions: [], measures: [] },
        ],
      }),
    ),
    http.get('*/api/v1/recruitment-strategies', () =>
      HttpResponse.json<Schemas['RecruitmentStrategyList']>({
        version: '2018',
        source: 'SKL',
        items: [{ code: 'bredda_rekryteringen', nameSv: 'Bredda rekryteringen' }],
      }),
    ),
    http.get(`*/api/v1/action-plans/${PLAN}`, () =>
      HttpResponse.json<Schemas['ActionPlan']>({
        id: PLAN,
        ownerLevel: 'municipality',
        municipalityCode: '2580',
        ownerName: 'Luleå',
        strategyCode: 'skl-2018',
        title: 'Luleås plan',
        periodStart: '2026-01-01',
        periodEnd: '2028-12-31',
        revision: 3,
        goals: [
          {
            id: 'g1',
            title: 'Högst 2 % inhyrd personal',
            status: 'at_risk',
            revision: 0,
            indicator: {
              kind: 'cost_target',
              year: 2027,
              maxShare: 2,
              latestYear: 2025,
              latestShare: 3.39,
              met: false,
              targetStatus: 'off_track',
            },
          },
        ],
        activities: [
          activity('a1', 'Mentorer', 'on_track'),
          activity('a2', 'Introduktion', 'late'),
          activity('a3', 'Lönekartläggning', 'done'),
        ],
      }),
    ),
    http.post(`*/api/v1/action-plans/${PLAN}/activities`, async ({ request }) => {
      sent.push(await request.json());
      return HttpResponse.json(activity('a4', 'Ny', 'on_track'), { status: 201 });
    }),
  );
  return sent;
}

describe('an action plan', () => {
  it('should put each activity in its status column and show the goal against its target', async () => {
    servePlan();
    signInAs('analyst');
    renderApp(`/plans/${PLAN}`);

    const board = await screen.findByRole('region', { name: 'Aktiviteter efter status' });
    const column = (name: RegExp) =>
      within(board)
        .getAllByRole('listitem')
        .find((item) => within(item).queryByRole('heading', { level: 3, name }))!;
    expect(within(column(/^Försenad/)).getByRole('article', { name: 'Introduktion' })).toBeInTheDocument();
    expect(within(column(/^Enligt plan/)).getByRole('article', { name: 'Mentorer' })).toBeInTheDocument();
    expect(within(column(/^Klar/)).getByRole('article', { name: 'Lönekartläggning' })).toBeInTheDocument();
    expect(within(column(/^I riskzonen/)).getByText('Inga aktiviteter.')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Mål' })).toHaveTextContent(
      'Högst 2 % inhyrd personal I riskzonen. Målvärde 2027: högst 2 %. Senast: 3,39 % (2025).',
    );
    // An analyst reads; only the owner's editors write.
    expect(screen.queryByRole('form', { name: 'Lägg till en aktivitet' })).not.toBeInTheDocument();
  });

  it("should let the municipality's editor add an activity linked to the strategy", async () => {
    const sent = servePlan();
    signInAs('luleåEditor');
    const { user } = renderApp(`/plans/${PLAN}`);

    const form = await screen.findByRole('form', { name: 'Lägg till en aktivitet' });
    await user.click(within(form).getByRole('button', { name: 'Lägg till aktiviteten' }));
    expect(within(form).getByLabelText('Aktivitet')).toHaveAccessibleDescription('Fyll i fältet.');
    expect(sent).toHaveLength(0);

    await user.type(within(form).getByLabelText('Aktivitet'), 'Ny');
    await user.selectOptions(within(form).getByLabelText('Hör till mål'), 'g1');
    await user.click(within(form).getByLabelText('1. Bestämma sig'));
    await user.click(within(form).getByLabelText('Mål 3: Öka attraktiviteten'));
    await user.click(within(form).getByLabelText('Bredda rekryteringen'));
    await user.click(within(form).getByRole('button', { name: 'Lägg till aktiviteten' }));

    await vi.waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({
      title: 'Ny',
      goalId: 'g1',
      status: 'planned',
      strategyActions: [1],
      strategyGoals: [3],
      recruitmentStrategies: ['bredda_rekryteringen'],
    });
  });

  it('should delete an activity only after a second confirmation', async () => {
    servePlan();
    const deleted: string[] = [];
    server.use(
      http.delete(`*/api/v1/action-plans/${PLAN}/activities/:activityId`, ({ params, request }) => {
        // On the revision the page loaded.
        deleted.push(`${String(params.activityId)} ${request.headers.get('If-Match')}`);
        return new HttpResponse(null, { status: 204 });
      }),
    );
    signInAs('luleåEditor');
    const { user } = renderApp(`/plans/${PLAN}`);

    const card = await screen.findByRole('article', { name: 'Introduktion' });
    await user.click(within(card).getByRole('button', { name: /Ta bort/ }));
    expect(deleted).toHaveLength(0);
    await user.click(within(card).getByRole('button', { name: /Ja, ta bort/ }));
    await vi.waitFor(() => expect(deleted).toEqual(['a2 "2"']));
  });

  it('should show a progress change someone else beat as a conflict, not overwrite it', async () => {
    servePlan();
    server.use(
      http.put(`*/api/v1/action-plans/${PLAN}/activities/:activityId`, () =>
        HttpResponse.json(
          { title: 'Precondition Failed', status: 412, currentRevision: 3, changed: ['status'] },
          { status: 412, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    signInAs('luleåEditor');
    const { user } = renderApp(`/plans/${PLAN}`);

    const card = await screen.findByRole('article', { name: 'Mentorer' });
    await user.click(within(card).getByRole('button', { name: 'Spara läget' }));

    const alert = await within(card).findByRole('alert');
    expect(alert).toHaveTextContent('Någon annan har ändrat detta');
    expect(within(alert).getByRole('button', { name: 'Ladda om' })).toBeInTheDocument();
  });
});
