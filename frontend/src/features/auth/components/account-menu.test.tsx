import { screen, waitFor, within } from '@testing-library/react';
import { accessData, signInAs } from '@/testing/mocks/access-data';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

function accountLinks() {
  const account = screen.getByRole('navigation', { name: 'Konto' });
  return within(account)
    .getAllByRole('link')
    .map((link) => [link.textContent, link.getAttribute('href')]);
}

describe('the header by who is signed in', () => {
  it('should offer "Logga in", leading back here, to a visitor who is not signed in', async () => {
    renderApp('/counties/25');

    const signIn = await screen.findByRole('link', { name: 'Logga in' });
    expect(signIn).toHaveAttribute('href', '/sign-in?returnTo=%2Fcounties%2F25');
    expect(screen.queryByRole('navigation', { name: 'Konto' })).not.toBeInTheDocument();
    // Public pages stay open.
    expect(await screen.findByRole('heading', { level: 1, name: 'Norrbottens län' })).toBeInTheDocument();
  });

  it("should show an administrator's name and every page of theirs", async () => {
    signInAs('admin');
    renderApp('/counties');

    expect(await screen.findByText('Ada Admin')).toBeInTheDocument();
    expect(accountLinks()).toEqual([
      ['Användare', '/admin/users'],
      ['API-nycklar (alla)', '/admin/tokens'],
      ['Granskningslogg', '/admin/audit'],
      ['Folkmängd per år', '/admin/population'],
      ['Mina API-nycklar', '/account/tokens'],
      ['Byt lösenord', '/account/password'],
    ]);
    expect(screen.getByRole('button', { name: 'Logga ut' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Logga in' })).not.toBeInTheDocument();
  });

  it('should show a municipality editor only their own pages', async () => {
    signInAs('luleåEditor');
    renderApp('/counties');

    expect(await screen.findByText('Erik Berg')).toBeInTheDocument();
    expect(accountLinks()).toEqual([
      ['Mina API-nycklar', '/account/tokens'],
      ['Byt lösenord', '/account/password'],
    ]);
  });

  it('should sign out, forget the person and go to the start page', async () => {
    signInAs('admin');
    const signOuts: string[] = [];
    server.events.on('request:start', ({ request }) => {
      if (request.url.endsWith('/api/v1/auth/sign-out')) signOuts.push(request.method);
    });
    const { user, currentUrl, queryClient } = renderApp('/admin/tokens');
    expect(await screen.findByRole('heading', { level: 1, name: 'API-nycklar (alla)' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Logga ut' }));

    expect(await screen.findByRole('link', { name: 'Logga in' })).toBeInTheDocument();
    expect(signOuts).toEqual(['POST']);
    expect(accessData.sessionUserId).toBeNull();
    await waitFor(() => expect(currentUrl()).toBe('/municipalities'));
    expect(screen.queryByText('Ada Admin')).not.toBeInTheDocument();
    // What the administrator fetched is gone, so the next person to sign in never sees it.
    expect(queryClient.getQueryData(['tokens', 'all'])).toBeUndefined();
    server.events.removeAllListeners();
  });
});
