import { screen, waitFor, within } from '@testing-library/react';
import { accessData, recordEvent, signInAs } from '@/testing/mocks/access-data';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

function seedEvents() {
  const admin = signInAs('admin');
  recordEvent({
    occurredAt: '2026-11-20T08:00:00Z',
    actorType: 'anonymous',
    actorLabel: 'anonymous',
    action: 'sign_in_failed',
    entityType: 'user',
    changes: { email: { before: null, after: 'ada.admin@kompetenslaget.se' } },
  });
  recordEvent({
    occurredAt: '2026-11-23T09:15:00Z',
    actorType: 'user',
    actorId: admin.id,
    actorLabel: admin.email ?? admin.displayName,
    action: 'update',
    entityType: 'municipality',
    entityId: '2580',
    municipalityCode: '2580',
    changes: { population: { before: null, after: 79664 } },
  });
  recordEvent({
    occurredAt: '2026-11-23T10:00:00Z',
    actorType: 'user',
    actorId: admin.id,
    actorLabel: admin.email ?? admin.displayName,
    action: 'token_issued',
    entityType: 'api_token',
    entityId: 't-1',
    municipalityCode: '2580',
    changes: {
      name: { before: null, after: 'Lönesystemet' },
      scopes: { before: null, after: ['costs:write', 'read'] },
      expiresAt: { before: null, after: '2027-02-21T19:27:19.590680277Z' },
    },
  });
  recordEvent({
    occurredAt: '2026-11-23T11:00:00Z',
    actorType: 'user',
    actorId: admin.id,
    actorLabel: admin.email ?? admin.displayName,
    action: 'update',
    entityType: 'user',
    entityId: accessData.users[2]!.id,
    changes: { active: { before: true, after: false } },
  });
}

function cellsOf(row: HTMLElement) {
  return within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);
}

describe('the audit trail', () => {
  it('should show the events newest first, with time in Sweden and each change as "field: before → after"', async () => {
    seedEvents();
    renderApp('/admin/audit');

    const table = await screen.findByRole('table', { name: 'Händelser' });
    expect(screen.getByText('4 händelser')).toBeInTheDocument();
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Tid', 'Utförd av', 'Händelse', 'Typ', 'Id', 'Kommun', 'Ändringar']);
    const rows = within(table).getAllByRole('row').slice(1);
    // The municipality by name, once the names have come.
    await within(rows[1]!).findByRole('link', { name: 'Luleå' });
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      '2026-11-23 12:00',
      '2026-11-23 11:00',
      '2026-11-23 10:15',
      '2026-11-20 09:00',
    ]);
    expect(cellsOf(rows[1]!)).toEqual([
      'ada.admin@kompetenslaget.se',
      'API-nyckel skapad',
      'API-nyckel',
      't-1',
      'Luleå',
      'Namn: – → LönesystemetBehörigheter: – → costs:write, readGår ut: – → 2027-02-21 20:27',
    ]);
    expect(cellsOf(rows[2]!)).toContain('Folkmängd: – → 79\u00a0664');
    expect(cellsOf(rows[0]!)).toContain('Aktiv: ja → nej');
    // A long id shows its start, and links to the person it is about.
    const userId = accessData.users[2]!.id;
    const idLink = within(rows[0]!).getByRole('link', { name: userId });
    expect(idLink).toHaveAttribute('href', `/admin/users/${userId}`);
    expect(idLink).toHaveTextContent(`${userId.slice(0, 8)}…`);
    expect(cellsOf(rows[3]!)[0]).toBe('anonymous (inte inloggad)');
    expect(within(rows[1]!).getByRole('link', { name: 'Luleå' })).toHaveAttribute(
      'href',
      '/municipalities/2580',
    );
  });

  it('should name roles, municipalities and counties in the changes, and label the fields people read', async () => {
    const admin = signInAs('admin');
    recordEvent({
      occurredAt: '2026-11-24T08:00:00Z',
      actorType: 'user',
      actorId: admin.id,
      actorLabel: admin.email ?? admin.displayName,
      action: 'grant',
      entityType: 'user',
      entityId: accessData.users[2]!.id,
      municipalityCode: '2584',
      changes: { grant: { before: null, after: 'municipality_editor 2584' } },
    });
    recordEvent({
      occurredAt: '2026-11-24T09:00:00Z',
      actorType: 'user',
      actorId: admin.id,
      actorLabel: admin.email ?? admin.displayName,
      action: 'revoke',
      entityType: 'user',
      entityId: accessData.users[2]!.id,
      changes: {
        grant: { before: 'county_coordinator 25', after: null },
        someNewField: { before: 1, after: 2 },
      },
    });
    renderApp('/admin/audit');

    const table = await screen.findByRole('table', { name: 'Händelser' });
    const [revoked, granted] = within(table).getAllByRole('row').slice(1);
    await waitFor(() => expect(cellsOf(granted!)).toContain('Behörighet: – → Kommunredaktör, Kiruna'));
    expect(cellsOf(granted!)).toContain('Kiruna');
    await waitFor(() =>
      expect(cellsOf(revoked!)).toContain(
        'Behörighet: Länssamordnare, Norrbottens län → –someNewField: 1 → 2',
      ),
    );
    // A field without a label keeps its name, as code.
    expect(within(revoked!).getByText('someNewField').tagName).toBe('CODE');
  });

  it('should filter by municipality, type, action and days in Sweden, keeping the filters in the URL', async () => {
    seedEvents();
    const queries: URLSearchParams[] = [];
    server.events.on('request:start', ({ request }) => {
      const url = new URL(request.url);
      if (url.pathname === '/api/v1/audit-events') queries.push(url.searchParams);
    });
    const { user, currentUrl } = renderApp('/admin/audit');
    await screen.findByText('4 händelser');
    const filters = screen.getByRole('search', { name: 'Filtrera granskningsloggen' });

    await user.type(within(filters).getByLabelText('Kommunkod'), '2580');
    await user.selectOptions(within(filters).getByLabelText('Typ'), 'API-nyckel');
    await user.selectOptions(within(filters).getByLabelText('Händelse'), 'API-nyckel skapad');
    await user.type(within(filters).getByLabelText('Från och med'), '2026-11-23');
    await user.type(within(filters).getByLabelText('Till och med'), '2026-11-23');
    await user.click(within(filters).getByRole('button', { name: 'Filtrera' }));

    expect(await screen.findByText('1 händelse')).toBeInTheDocument();
    expect(currentUrl()).toBe(
      '/admin/audit?municipality=2580&type=api_token&action=token_issued&from=2026-11-23&to=2026-11-23',
    );
    expect(Object.fromEntries(queries.at(-1)!)).toEqual({
      municipality: '2580',
      type: 'api_token',
      action: 'token_issued',
      // A day in Sweden (CET) runs from 23:00 UTC the day before; "until" is exclusive in the API.
      since: '2026-11-22T23:00:00.000Z',
      until: '2026-11-23T23:00:00.000Z',
      page: '1',
      size: '50',
    });
    expect(screen.getByRole('table', { name: 'Händelser, filtrerade' })).toHaveTextContent('Lönesystemet');
    server.events.removeAllListeners();

    await user.click(screen.getByRole('link', { name: 'Rensa filtren' }));

    expect(await screen.findByText('4 händelser')).toBeInTheDocument();
    expect(within(filters).getByLabelText('Kommunkod')).toHaveValue('');
  });

  it('should refuse a municipality code that is not four digits', async () => {
    seedEvents();
    const { user, currentUrl } = renderApp('/admin/audit');
    await screen.findByText('4 händelser');

    await user.type(screen.getByLabelText('Kommunkod'), '25');
    await user.click(screen.getByRole('button', { name: 'Filtrera' }));

    expect(screen.getByLabelText('Kommunkod')).toHaveFocus();
    expect(screen.getByLabelText('Kommunkod')).toHaveAccessibleDescription(
      'Fyra siffror, till exempel 2580 Kommunkoden har fyra siffror, till exempel 2580.',
    );
    expect(currentUrl()).toBe('/admin/audit');
  });

  it('should page through the trail', async () => {
    const admin = signInAs('admin');
    for (let n = 0; n < 120; n++) {
      recordEvent({
        actorType: 'user',
        actorId: admin.id,
        actorLabel: admin.email ?? admin.displayName,
        action: 'sign_in',
        entityType: 'user',
      });
    }
    const { user, currentUrl } = renderApp('/admin/audit');
    expect(await screen.findByText('Sida 1 av 3')).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: /Nästa/ }));

    expect(await screen.findByText('Sida 2 av 3')).toBeInTheDocument();
    expect(currentUrl()).toBe('/admin/audit?page=2');
    await waitFor(() => expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(51));
  });
});
