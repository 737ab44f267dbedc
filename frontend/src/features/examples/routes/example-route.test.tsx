import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { signInAs } from '@/testing/mocks/access-data';
import { problem } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import type { LearningExample } from '../api/examples-api';
import { anExample, renderExamples, serveCatalogues } from '../testing/examples-test-utils';

function serveExample(example: LearningExample) {
  server.use(
    http.get('*/api/v1/learning-examples/:id', ({ params }) =>
      params.id === example.id
        ? HttpResponse.json(example)
        : problem(404, 'Not Found', `There is no learning example ${String(params.id)}.`),
    ),
  );
}

describe('a learning example', () => {
  it('should show the example in full, its tags by name', async () => {
    serveCatalogues();
    serveExample(anExample());
    signInAs('analyst');
    renderExamples(`/examples/${anExample().id}`);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Egen bemanningspool i hemtjänsten' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Ägare').nextElementSibling).toHaveTextContent('Luleå kommun');
    expect(screen.getByText('Publicerat').nextElementSibling).toHaveTextContent('2025-09-01');
    expect(screen.getByText('Startade').nextElementSibling).toHaveTextContent('2024-01-01');
    expect(screen.getByText('Avslutades').nextElementSibling).toHaveTextContent('2025-06-30');
    // The text's paragraphs, as written.
    expect(screen.getByText('Vi byggde upp en egen pool.').tagName).toBe('P');
    expect(screen.getByText('Rekryteringen gick fort.').tagName).toBe('P');
    expect(
      within(screen.getByRole('region', { name: 'Resultat' })).getByText(
        'Andelen inhyrd personal halverades.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Kontakt' })).toHaveTextContent('Eva Ek, eva.ek@lulea.se');
    const tags = screen.getByRole('region', { name: 'Taggar' });
    expect(await within(tags).findByText('Sjuksköterska')).toBeInTheDocument();
    expect(within(tags).getByText('Bredda rekryteringen')).toBeInTheDocument();
    expect(within(tags).getByText('Äldreomsorg')).toBeInTheDocument();
    expect(screen.queryByText('Utkast')).not.toBeInTheDocument();
    // An analyst reads, but does not edit.
    expect(screen.queryByRole('link', { name: 'Redigera exemplet' })).not.toBeInTheDocument();
  });

  it("should mark a draft and offer its owner's editor to edit it", async () => {
    serveCatalogues();
    serveExample(anExample({ published: false, publishedAt: undefined }));
    signInAs('luleåEditor');
    renderExamples(`/examples/${anExample().id}`);

    expect(await screen.findByText('Utkast')).toBeInTheDocument();
    expect(screen.queryByText('Publicerat')).not.toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Redigera exemplet' })).toHaveAttribute(
      'href',
      `/examples/${anExample().id}/edit`,
    );
  });

  it("should not offer an editor to edit another municipality's example", async () => {
    serveCatalogues();
    serveExample(anExample({ municipalityCode: '2581', ownerName: 'Piteå kommun' }));
    signInAs('luleåEditor');
    renderExamples(`/examples/${anExample().id}`);

    expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Redigera exemplet' })).not.toBeInTheDocument();
  });

  it('should say so when there is no such example', async () => {
    serveCatalogues();
    serveExample(anExample());
    signInAs('analyst');
    renderExamples('/examples/00000000-0000-4000-8000-000000000999');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Exemplet hittades inte' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Alla lärande exempel/ })).toHaveAttribute('href', '/examples');
  });
});
