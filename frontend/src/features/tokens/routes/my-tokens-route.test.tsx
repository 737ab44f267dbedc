import { screen, waitFor, within } from '@testing-library/react';
import { accessData, signInAs } from '@/testing/mocks/access-data';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

async function openAs(person: 'admin' | 'luleåEditor') {
  signInAs(person);
  const view = renderApp('/account/tokens');
  expect(await screen.findByRole('heading', { level: 1, name: 'Mina API-nycklar' })).toBeInTheDocument();
  return view;
}

describe('my API tokens', () => {
  it('should list the tokens with their scopes, dates in Swedish form and status', async () => {
    const owner = signInAs('luleåEditor');
    accessData.tokens.push(
      {
        id: 'a1',
        name: 'Analysskript',
        prefix: 'klt_Ab12',
        scopes: ['read'],
        ownerId: owner.id,
        createdAt: '2026-02-01T09:30:00Z',
        expiresAt: '2099-05-02T09:30:00Z',
        lastUsedAt: '2026-03-10T23:30:00Z',
        value: 'klt_Ab12-secret',
      },
      {
        id: 'a2',
        name: 'Gammalt skript',
        prefix: 'klt_Cd34',
        scopes: ['read', 'costs:write'],
        ownerId: owner.id,
        createdAt: '2025-12-24T12:00:00Z',
        expiresAt: '2099-03-24T12:00:00Z',
        revokedAt: '2026-01-07T08:00:00Z',
        value: 'klt_Cd34-secret',
      },
    );
    renderApp('/account/tokens');

    const table = await screen.findByRole('table', { name: 'Dina API-nycklar' });
    const row = within(table).getByRole('row', { name: /Analysskript/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([
      'klt_Ab12…',
      'read',
      '2026-02-01',
      '2099-05-02',
      // 23:30 UTC is the next day in Sweden.
      '2026-03-11',
      'Aktiv',
      'Återkalla Analysskript',
    ]);
    const revoked = within(table).getByRole('row', { name: /Gammalt skript/ });
    expect(revoked).toHaveTextContent('Återkallad 2026-01-07');
    expect(within(revoked).queryByRole('button')).not.toBeInTheDocument();
  });

  it('should show a new token’s value once, with a warning and a copy button, and never again', async () => {
    const { user } = await openAs('luleåEditor');
    expect(await screen.findByText('Du har inga API-nycklar.')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Namn'), 'Power BI');
    await user.click(screen.getByRole('checkbox', { name: /Läsa uppgifter/ }));
    await user.click(screen.getByRole('button', { name: 'Skapa nyckel' }));

    const box = await screen.findByRole('region', { name: 'Ny nyckel: Power BI' });
    expect(box).toHaveFocus();
    expect(box).toHaveTextContent('Kopiera nyckeln nu. Den visas bara den här gången');
    const stored = accessData.tokens[0]!;
    expect(within(box).getByLabelText('Nyckelns värde')).toHaveValue(stored.value);
    expect(stored).toMatchObject({ name: 'Power BI', scopes: ['read'] });

    await user.click(within(box).getByRole('button', { name: 'Kopiera nyckeln' }));
    // user-event stands in for the clipboard.
    expect(await navigator.clipboard.readText()).toBe(stored.value);
    expect(await within(box).findByText('Nyckeln är kopierad.')).toBeInTheDocument();

    // The list shows the token without its value.
    const table = await screen.findByRole('table', { name: 'Dina API-nycklar' });
    expect(within(table).getByRole('row', { name: /Power BI/ })).not.toHaveTextContent(stored.value);

    await user.click(within(box).getByRole('button', { name: 'Jag har sparat nyckeln, dölj den' }));

    expect(screen.queryByRole('region', { name: 'Ny nyckel: Power BI' })).not.toBeInTheDocument();
    expect(screen.queryByDisplayValue(stored.value)).not.toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(stored.value);
  });

  it('should not show the value again after leaving the page and coming back', async () => {
    const { user } = await openAs('luleåEditor');

    await user.type(screen.getByLabelText('Namn'), 'Skript');
    await user.click(screen.getByRole('checkbox', { name: /Läsa uppgifter/ }));
    await user.click(screen.getByRole('button', { name: 'Skapa nyckel' }));
    const value = accessData.tokens[0]!.value;
    expect(await screen.findByDisplayValue(value)).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Byt lösenord' }));
    await screen.findByRole('heading', { level: 1, name: 'Byt lösenord' });
    await user.click(screen.getByRole('link', { name: 'Mina API-nycklar' }));

    expect(await screen.findByRole('table', { name: 'Dina API-nycklar' })).toHaveTextContent('Skript');
    expect(screen.queryByDisplayValue(value)).not.toBeInTheDocument();
  });

  it('should send the chosen scopes and lifetime, and ask for a name and a scope first', async () => {
    let body: unknown;
    server.events.on('request:start', async ({ request }) => {
      if (request.method === 'POST') body = await request.clone().json();
    });
    const { user } = await openAs('admin');

    await user.click(screen.getByRole('button', { name: 'Skapa nyckel' }));

    expect(screen.getByLabelText('Namn')).toHaveAccessibleDescription(
      'Vad nyckeln används till, till exempel Lönesystemet. Ge nyckeln ett namn.',
    );
    expect(screen.getByLabelText('Namn')).toHaveFocus();
    expect(screen.getByRole('group', { name: 'Behörigheter' })).toHaveAccessibleDescription(
      'Välj minst en behörighet.',
    );
    expect(body).toBeUndefined();

    // An administrator may give their own token the admin scope, and the one to manage surveys.
    const scopes = screen.getByRole('group', { name: 'Behörigheter' });
    expect(within(scopes).getAllByRole('checkbox')).toHaveLength(8);
    expect(
      within(scopes).getByRole('checkbox', { name: 'Hantera enkäter surveys:manage' }),
    ).toBeInTheDocument();
    await user.type(screen.getByLabelText('Namn'), 'Adminskript');
    await user.click(within(scopes).getByRole('checkbox', { name: /admin$/ }));
    await user.click(within(scopes).getByRole('checkbox', { name: /Läsa uppgifter/ }));
    const days = screen.getByLabelText('Giltig i antal dagar');
    expect(days).toHaveValue(90);
    await user.clear(days);
    await user.type(days, '30');
    await user.click(screen.getByRole('button', { name: 'Skapa nyckel' }));

    await screen.findByRole('region', { name: 'Ny nyckel: Adminskript' });
    await waitFor(() =>
      expect(body).toEqual({ name: 'Adminskript', scopes: ['read', 'admin'], expiresInDays: 30 }),
    );
    server.events.removeAllListeners();
  });

  it('should not offer the admin scope, nor managing surveys, to a municipality editor', async () => {
    await openAs('luleåEditor');

    const scopes = screen.getByRole('group', { name: 'Behörigheter' });
    expect(
      within(scopes)
        .getAllByRole('checkbox')
        .map((box) => box.parentElement?.textContent),
    ).toEqual([
      'Läsa uppgifter read',
      'Rapportera kostnader för bemanningsföretag costs:write',
      'Rapportera personaluppgifter workforce:write',
      'Besvara enkäter surveys:write',
      'Skriva handlingsplaner och lärande exempel plans:write',
      'Skapa fler tokens (utan webbläsare, aldrig med mer behörighet än denna) tokens:write',
    ]);
  });

  it('should revoke a token only after a second confirmation', async () => {
    const owner = signInAs('luleåEditor');
    accessData.tokens.push({
      id: 'b1',
      name: 'Skript',
      prefix: 'klt_Ef56',
      scopes: ['read'],
      ownerId: owner.id,
      createdAt: '2026-02-01T09:30:00Z',
      expiresAt: '2099-05-02T09:30:00Z',
      value: 'klt_Ef56-secret',
    });
    const { user } = renderApp('/account/tokens');
    const table = await screen.findByRole('table', { name: 'Dina API-nycklar' });

    await user.click(within(table).getByRole('button', { name: 'Återkalla Skript' }));

    const confirm = within(table).getByRole('button', { name: 'Ja, återkalla Skript' });
    expect(confirm).toHaveFocus();
    expect(within(table).getByText('Återkalla Skript? Den slutar fungera direkt.')).toBeInTheDocument();
    await user.click(within(table).getByRole('button', { name: 'Avbryt' }));
    expect(within(table).getByRole('button', { name: 'Återkalla Skript' })).toHaveFocus();
    expect(accessData.tokens[0]!.revokedAt).toBeUndefined();

    await user.click(within(table).getByRole('button', { name: 'Återkalla Skript' }));
    await user.click(within(table).getByRole('button', { name: 'Ja, återkalla Skript' }));

    expect(await screen.findByText('Nyckeln Skript är återkallad.')).toBeInTheDocument();
    await waitFor(() =>
      expect(within(table).getByRole('row', { name: /Skript/ })).toHaveTextContent('Återkallad'),
    );
    expect(accessData.tokens[0]!.revokedAt).toBeDefined();
  });
});
