import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { components } from '@/lib/api/schema';
import { signInAs } from '@/testing/mocks/access-data';
import { server } from '@/testing/mocks/server';
import { anExample, renderExamples, serveCatalogues } from '../testing/examples-test-utils';

type Schemas = components['schemas'];

/** Answers every search with the examples given, recording each query. */
function serveSearch(items: Schemas['LearningExample'][], { totalPages = 1 } = {}) {
  const asked: URLSearchParams[] = [];
  server.use(
    http.get('*/api/v1/learning-examples', ({ request }) => {
      const query = new URL(request.url).searchParams;
      asked.push(query);
      return HttpResponse.json<Schemas['LearningExamplePage']>({
        items,
        page: Number(query.get('page') ?? 1),
        size: Number(query.get('size') ?? 20),
        totalItems: items.length,
        totalPages,
      });
    }),
  );
  return asked;
}

describe('the learning examples', () => {
  it('should show what was found with the found words marked, and how many', async () => {
    serveCatalogues();
    serveSearch([
      anExample({
        rank: 0.8,
        headline: 'Vi byggde en pool. <b>Rekryteringen</b> gick fort & <i>snabbt</i>.',
      }),
      anExample({
        id: 'b',
        title: 'Introduktion för nya',
        ownerName: 'Norrbottens län',
        headline: 'Om <b>rekrytering</b>',
      }),
      anExample({ id: 'c', title: 'Karriärvägar', published: false, publishedAt: undefined }),
    ]);
    signInAs('analyst');
    renderExamples('/examples?q=rekrytering');

    expect(await screen.findByText('3 exempel hittades')).toHaveAttribute('role', 'status');
    expect(screen.getByRole('heading', { level: 1, name: 'Lärande exempel' })).toBeInTheDocument();
    const results = screen.getByRole('list', { name: 'Sökresultat' });
    const first = within(results).getByRole('article', { name: 'Egen bemanningspool i hemtjänsten' });
    expect(within(first).getByRole('link', { name: 'Egen bemanningspool i hemtjänsten' })).toHaveAttribute(
      'href',
      '/examples/7d1c7f3e-1d2a-4c55-9a43-0b3f4f1f2a10',
    );
    expect(first).toHaveTextContent('Luleå kommun · Publicerat 2025-09-01');
    // The found word is marked; anything else in the headline is text, never HTML.
    expect(within(first).getByText('Rekryteringen').tagName).toBe('MARK');
    expect(first).toHaveTextContent('gick fort & <i>snabbt</i>.');
    expect(first.querySelector('i')).toBeNull();
    // The tags are named once the catalogues are in.
    await within(first).findByText('Sjuksköterska');
    expect(
      within(within(first).getByRole('list', { name: 'Taggar' }))
        .getAllByRole('listitem')
        .map((tag) => tag.textContent),
    ).toEqual(['Bredda rekryteringen', 'Äldreomsorg', 'Sjuksköterska']);
    const draft = within(results).getByRole('article', { name: 'Karriärvägar' });
    expect(draft).toHaveTextContent('Utkast');
    // An analyst does not write examples.
    expect(screen.queryByRole('link', { name: 'Skriv ett lärande exempel' })).not.toBeInTheDocument();
  });

  it('should put the words and the filters in the URL and the request', async () => {
    serveCatalogues();
    const asked = serveSearch([anExample()]);
    signInAs('luleåEditor');
    const { user, currentUrl } = renderExamples('/examples');

    expect(await screen.findByText('1 exempel hittades')).toHaveAttribute('role', 'status');
    expect(asked.at(-1)?.get('q')).toBeNull();
    await user.type(screen.getByRole('searchbox', { name: /^Sök/ }), 'bemanningspool');
    await user.click(screen.getByRole('button', { name: 'Sök' }));
    await user.selectOptions(
      await screen.findByRole('combobox', { name: 'Rekryteringsstrategi' }),
      'Behålla medarbetare',
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Verksamhetsområde' }), 'Äldreomsorg');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Län' }), 'Norrbottens län');

    expect(currentUrl()).toBe(
      '/examples?q=bemanningspool&recruitmentStrategy=behalla_medarbetare&serviceArea=aldre&county=25',
    );
    await vi.waitFor(() =>
      expect(Object.fromEntries(asked.at(-1)!)).toEqual({
        q: 'bemanningspool',
        recruitmentStrategy: 'behalla_medarbetare',
        serviceArea: 'aldre',
        county: '25',
        page: '1',
        size: '20',
      }),
    );
    // Those who may write examples are offered to.
    expect(screen.getByRole('link', { name: 'Skriv ett lärande exempel' })).toHaveAttribute(
      'href',
      '/examples/new',
    );
  });

  it('should start from a bookmarked search and page on', async () => {
    serveCatalogues();
    const asked = serveSearch([anExample()], { totalPages: 3 });
    signInAs('analyst');
    const { user, currentUrl } = renderExamples('/examples?q=pool&county=25&page=2');

    expect(await screen.findByRole('searchbox', { name: /^Sök/ })).toHaveValue('pool');
    expect(await screen.findByText('Sida 2 av 3')).toBeInTheDocument();
    expect(asked.at(-1)?.get('page')).toBe('2');
    await user.click(screen.getByRole('link', { name: /Nästa/ }));

    expect(currentUrl()).toBe('/examples?q=pool&county=25&page=3');
    await vi.waitFor(() => expect(asked.at(-1)?.get('page')).toBe('3'));
  });

  it('should say clearly when nothing was found', async () => {
    serveCatalogues();
    serveSearch([]);
    signInAs('analyst');
    renderExamples('/examples?q=helikopter');

    expect(await screen.findByText('0 exempel hittades')).toHaveAttribute('role', 'status');
    expect(screen.getByText(/Inga lärande exempel matchar sökningen/)).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Sökresultat' })).not.toBeInTheDocument();
  });
});
