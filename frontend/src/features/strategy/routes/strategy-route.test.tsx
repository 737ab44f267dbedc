import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { components } from '@/lib/api/schema';
import { i18n } from '@/lib/i18n/i18n';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

type Schemas = components['schemas'];

function serveStrategy() {
  server.use(
    http.get('*/api/v1/strategies/skl-2018', () =>
      HttpResponse.json<Schemas['Strategy']>({
        code: 'skl-2018',
        title: 'Strategi för en stabil och långsiktig kompetensförsörjning',
        publisher: 'SKL (nu SKR)',
        publishedOn: '2018-12-13',
        periodStart: 2019,
        periodEnd: 2021,
        goals: [
          {
            number: 1,
            title: 'Minska beroendet av kortsiktiga bemanningslösningar',
            description: 'Första stycket.\n\nAndra stycket.',
            actions: [
              {
                number: 1,
                title: 'Bestämma sig',
                description: 'Om beslut.',
                measures: [
                  { levels: ['national'], text: 'Klargöra de juridiska möjligheterna.' },
                  { levels: ['regional', 'local'], text: 'Bidra med lärande exempel.' },
                ],
              },
            ],
            measures: [],
          },
          {
            number: 3,
            title: 'Öka attraktiviteten',
            description: 'Om attraktivitet.',
            actions: [],
            measures: [{ levels: ['local'], text: 'Kartlägga karriärvägar.' }],
          },
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
  );
}

describe('the national strategy', () => {
  it('should show goals, actions and their measures under a heading per level', async () => {
    serveStrategy();
    renderApp('/strategy');

    const action = await screen.findByRole('region', { name: '1. Bestämma sig' });
    expect(
      within(action)
        .getAllByRole('heading', { level: 4 })
        .map((h) => h.textContent),
    ).toEqual(['SKL ska', 'Den regionala nivån kan', 'Den lokala nivån kan']);
    // A measure for two levels is under both.
    expect(within(action).getAllByText('Bidra med lärande exempel.')).toHaveLength(2);
    expect(screen.getByText('Andra stycket.')).toBeInTheDocument();
    // A goal without numbered actions has its measures directly.
    const goal3 = screen.getByRole('region', { name: 'Mål 3: Öka attraktiviteten' });
    expect(within(goal3).getByText('Kartlägga karriärvägar.')).toBeInTheDocument();
  });

  it('should mark the Swedish-only strategy texts lang="sv" in the English interface', async () => {
    serveStrategy();
    await i18n.changeLanguage('en');
    renderApp('/strategy');

    const action = await screen.findByRole('region', { name: '1. Bestämma sig' });
    expect(document.documentElement.lang).toBe('en');
    // The interface's own words are English; the strategy's are Swedish, and say so.
    expect(screen.getByRole('heading', { level: 1 })).not.toHaveAttribute('lang');
    expect(screen.getByText('Bestämma sig')).toHaveAttribute('lang', 'sv');
    expect(screen.getByText('Om beslut.')).toHaveAttribute('lang', 'sv');
    expect(screen.getByText('Andra stycket.')).toHaveAttribute('lang', 'sv');
    expect(screen.getByText('Minska beroendet av kortsiktiga bemanningslösningar')).toHaveAttribute(
      'lang',
      'sv',
    );
    expect(within(action).getAllByText('Bidra med lärande exempel.')[0]!.closest('li')).toHaveAttribute(
      'lang',
      'sv',
    );
    expect(screen.getByRole('heading', { name: 'Goal 3: Öka attraktiviteten' })).toBeInTheDocument();
    expect((await screen.findByText('Bredda rekryteringen')).closest('[lang]')).toHaveAttribute('lang', 'sv');
    // Every Swedish text sits inside an element that says so.
    for (const text of [
      'Strategi för en stabil och långsiktig kompetensförsörjning',
      'Öka attraktiviteten',
    ]) {
      expect(screen.getByText(text).closest('[lang]')).toHaveAttribute('lang', 'sv');
    }
  });

  it('should show one level when asked, and keep it in the address', async () => {
    serveStrategy();
    const { user } = renderApp('/strategy');

    await user.selectOptions(await screen.findByLabelText('Visa nivå'), 'national');
    const action = screen.getByRole('region', { name: '1. Bestämma sig' });
    expect(
      within(action)
        .getAllByRole('heading', { level: 4 })
        .map((h) => h.textContent),
    ).toEqual(['SKL ska']);
    expect(within(action).queryByText('Bidra med lärande exempel.')).not.toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: 'Mål 3: Öka attraktiviteten' })).getByText(
        'Inga åtgärder för den här nivån.',
      ),
    ).toBeInTheDocument();
  });
});
