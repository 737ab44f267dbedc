import { screen, waitFor, within } from '@testing-library/react';
import { accessData, signInAs } from '@/testing/mocks/access-data';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

describe("a municipality's integration tokens", () => {
  it("should show Luleå's editor the section, create a token showing its value once, and revoke it", async () => {
    signInAs('luleåEditor');
    const { user } = renderApp('/municipalities/2580');
    const section = await screen.findByRole('region', { name: 'Integrationsnycklar' });
    expect(await within(section).findByText('Kommunen har inga integrationsnycklar.')).toBeInTheDocument();
    // An integration token never has the admin scope.
    expect(within(section).getAllByRole('checkbox')).toHaveLength(5);

    await user.type(within(section).getByLabelText('Namn'), 'Lönesystemet');
    await user.click(within(section).getByRole('checkbox', { name: /costs:write/ }));
    await user.click(within(section).getByRole('button', { name: 'Skapa nyckel' }));

    const box = await within(section).findByRole('region', { name: 'Ny nyckel: Lönesystemet' });
    const token = accessData.tokens[0]!;
    expect(token).toMatchObject({ municipalityCode: '2580', scopes: ['costs:write'] });
    expect(within(box).getByLabelText('Nyckelns värde')).toHaveValue(token.value);
    const table = await within(section).findByRole('table', { name: 'Kommunens integrationsnycklar' });
    expect(within(table).getByRole('row', { name: /Lönesystemet/ })).toHaveTextContent('Aktiv');

    await user.click(within(table).getByRole('button', { name: 'Återkalla Lönesystemet' }));
    await user.click(within(table).getByRole('button', { name: 'Ja, återkalla Lönesystemet' }));

    await waitFor(() =>
      expect(within(table).getByRole('row', { name: /Lönesystemet/ })).toHaveTextContent('Återkallad'),
    );
    expect(accessData.tokens[0]!.revokedAt).toBeDefined();
    expect(accessData.events.map((event) => event.action)).toEqual(['token_revoked', 'token_issued']);
  });

  it("should show no section on another municipality's page, and not ask for its tokens", async () => {
    const asked: string[] = [];
    server.events.on('request:start', ({ request }) => {
      if (request.url.includes('/tokens')) asked.push(request.url);
    });
    signInAs('luleåEditor');
    renderApp('/municipalities/2581');

    expect(await screen.findByRole('heading', { level: 1, name: 'Piteå' })).toBeInTheDocument();
    await screen.findByText('Erik Berg');
    expect(screen.queryByRole('heading', { name: 'Integrationsnycklar' })).not.toBeInTheDocument();
    expect(asked).toEqual([]);
    server.events.removeAllListeners();
  });

  it('should show no section to a visitor who is not signed in', async () => {
    renderApp('/municipalities/2580');

    expect(await screen.findByRole('heading', { level: 1, name: 'Luleå' })).toBeInTheDocument();
    await screen.findByRole('link', { name: 'Logga in' });
    expect(screen.queryByRole('heading', { name: 'Integrationsnycklar' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Ändra folkmängd' })).not.toBeInTheDocument();
  });

  it("should show an administrator every municipality's section and let them set the population", async () => {
    signInAs('admin');
    const { user } = renderApp('/municipalities/2581');

    expect(await screen.findByRole('region', { name: 'Integrationsnycklar' })).toBeInTheDocument();
    const population = screen.getByRole('region', { name: 'Ändra folkmängd' });
    await user.type(within(population).getByLabelText('Folkmängd (antal invånare)'), '42633');
    await user.click(within(population).getByRole('button', { name: 'Spara folkmängd' }));

    expect(await within(population).findByText('Folkmängden är sparad: 42 633.')).toBeInTheDocument();
    expect(screen.getByText('Folkmängd').nextSibling?.textContent).toBe('42\u00a0633');
  });

  it('should refuse a population that is not a whole number, before asking the API', async () => {
    signInAs('admin');
    const { user } = renderApp('/municipalities/2581');
    const population = await screen.findByRole('region', { name: 'Ändra folkmängd' });

    await user.type(within(population).getByLabelText('Folkmängd (antal invånare)'), '-5');
    await user.click(within(population).getByRole('button', { name: 'Spara folkmängd' }));

    expect(within(population).getByLabelText('Folkmängd (antal invånare)')).toHaveAccessibleDescription(
      'Ange ett helt antal invånare från 0 till 10\u00a0000\u00a0000.',
    );
    expect(accessData.events).toEqual([]);
  });
});
