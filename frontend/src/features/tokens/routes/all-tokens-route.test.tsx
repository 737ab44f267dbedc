import { screen, waitFor, within } from '@testing-library/react';
import { accessData, signInAs } from '@/testing/mocks/access-data';
import { renderApp } from '@/testing/test-utils';

describe('all API tokens', () => {
  it('should list every token with whom it belongs to, and let an administrator revoke any', async () => {
    const admin = signInAs('admin');
    const base = {
      scopes: ['read' as const],
      createdAt: '2026-02-01T09:30:00Z',
      expiresAt: '2099-05-02T09:30:00Z',
    };
    accessData.tokens.push(
      { ...base, id: 'c1', name: 'Lönesystemet', prefix: 'klt_Gh78', municipalityCode: '2580', value: 'v1' },
      { ...base, id: 'c2', name: 'Adas skript', prefix: 'klt_Ij90', ownerId: admin.id, value: 'v2' },
    );
    const { user } = renderApp('/admin/tokens');

    const table = await screen.findByRole('table', { name: 'Alla API-nycklar' });
    expect(within(table).getByRole('link', { name: 'Kommun 2580' })).toHaveAttribute(
      'href',
      '/municipalities/2580',
    );
    expect(within(table).getByRole('link', { name: 'Personlig (visa ägaren)' })).toHaveAttribute(
      'href',
      `/admin/users/${admin.id}`,
    );

    await user.click(within(table).getByRole('button', { name: 'Återkalla Lönesystemet' }));
    await user.click(within(table).getByRole('button', { name: 'Ja, återkalla Lönesystemet' }));

    await waitFor(() =>
      expect(within(table).getByRole('row', { name: /Lönesystemet/ })).toHaveTextContent('Återkallad'),
    );
    expect(accessData.tokens.find((token) => token.id === 'c1')?.revokedAt).toBeDefined();
  });
});
