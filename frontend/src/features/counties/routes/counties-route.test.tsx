import { screen, within } from '@testing-library/react';
import { renderApp } from '@/testing/test-utils';

describe('the county list', () => {
  it('should list all 21 counties with their number of municipalities', async () => {
    renderApp('/counties');

    const table = await screen.findByRole('table', { name: 'Län och antal kommuner' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(21);
    const norrbotten = within(table).getByRole('row', { name: /Norrbottens län/ });
    expect(
      within(norrbotten)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['25', '14']);
    expect(document.title).toBe('Län – Kompetensläget');
  });

  it('should lead to a county page', async () => {
    const { user, currentUrl } = renderApp('/counties');

    await user.click(await screen.findByRole('link', { name: 'Norrbottens län' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Norrbottens län' })).toBeInTheDocument();
    expect(currentUrl()).toBe('/counties/25');
  });
});

describe('the county page', () => {
  it('should show the county and link to each of its municipalities', async () => {
    const { user, currentUrl } = renderApp('/counties/25');

    expect(await screen.findByRole('heading', { level: 1, name: 'Norrbottens län' })).toBeInTheDocument();
    // The county's profile lists its municipalities with their latest share.
    const list = await screen.findByRole('table', {
      name: 'Andel inhyrd personal i kommunerna i Norrbottens län, senaste år',
    });
    const links = within(list).getAllByRole('link');
    expect(links).toHaveLength(14);
    expect(links.map((link) => link.textContent)).toContain('Luleå');
    expect(document.title).toBe('Norrbottens län – Kompetensläget');

    await user.click(within(list).getByRole('link', { name: 'Kiruna' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Kiruna' })).toBeInTheDocument();
    expect(currentUrl()).toBe('/municipalities/2584');
  });

  it('should say the county was not found for an unknown code', async () => {
    renderApp('/counties/99');

    expect(await screen.findByRole('heading', { level: 1, name: 'Länet hittades inte' })).toBeInTheDocument();
    expect(screen.getByText('Det finns inget län med koden 99.')).toBeInTheDocument();
  });
});
