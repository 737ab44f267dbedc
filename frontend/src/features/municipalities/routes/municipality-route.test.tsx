import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

describe('the municipality page', () => {
  it('should show the name, code and county, linking to the county', async () => {
    const { user, currentUrl } = renderApp('/municipalities/2580');

    expect(await screen.findByRole('heading', { level: 1, name: 'Luleå' })).toBeInTheDocument();
    expect(screen.getByText('Kommunkod').nextSibling).toHaveTextContent('2580');
    expect(document.title).toBe('Luleå – Kompetensläget');
    expect(screen.queryByText('Folkmängd')).not.toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Norrbottens län' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Norrbottens län' })).toBeInTheDocument();
    expect(currentUrl()).toBe('/counties/25');
  });

  it('should show the population, formatted the Swedish way, when the API has it', async () => {
    server.use(
      http.get('*/api/v1/municipalities/:code', () =>
        HttpResponse.json({
          code: '0180',
          name: 'Stockholm',
          county: { code: '01', name: 'Stockholms län' },
          population: 984748,
        }),
      ),
    );
    renderApp('/municipalities/0180');

    expect(await screen.findByText('Folkmängd')).toBeInTheDocument();
    expect(screen.getByText('Folkmängd').nextSibling?.textContent).toBe('984\u00a0748');
  });

  it('should say the municipality was not found for an unknown code', async () => {
    renderApp('/municipalities/9999');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Kommunen hittades inte' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Det finns ingen kommun med koden 9999.')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(document.title).toBe('Kommunen hittades inte – Kompetensläget');
  });

  it('should be reached from the list by the municipality name', async () => {
    const { user, currentUrl } = renderApp('/municipalities?q=lulea');

    await user.click(await screen.findByRole('link', { name: 'Luleå' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Luleå' })).toBeInTheDocument();
    expect(currentUrl()).toBe('/municipalities/2580');
  });
});
