import { screen } from '@testing-library/react';
import { people, signInAs } from '@/testing/mocks/access-data';
import { renderApp } from '@/testing/test-utils';

describe('the guard of protected pages', () => {
  it('should send a visitor who is not signed in to the sign-in page, and back after signing in', async () => {
    const { user, currentUrl } = renderApp('/admin/users?q=lulea');

    expect(await screen.findByRole('heading', { level: 1, name: 'Logga in' })).toBeInTheDocument();
    expect(currentUrl()).toBe('/sign-in?returnTo=%2Fadmin%2Fusers%3Fq%3Dlulea');

    await user.type(screen.getByLabelText('E-postadress'), people.admin.email);
    await user.type(screen.getByLabelText('Lösenord'), people.admin.password);
    await user.click(screen.getByRole('button', { name: 'Logga in' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Användare' })).toBeInTheDocument();
    expect(currentUrl()).toBe('/admin/users?q=lulea');
  });

  it('should send a visitor to the sign-in page from a page for anyone signed in', async () => {
    const { currentUrl } = renderApp('/account/tokens');

    expect(await screen.findByRole('heading', { level: 1, name: 'Logga in' })).toBeInTheDocument();
    expect(currentUrl()).toBe('/sign-in?returnTo=%2Faccount%2Ftokens');
  });

  it('should tell a person without the right grant that they may not, and fetch nothing', async () => {
    signInAs('luleåEditor');
    renderApp('/admin/audit');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Du saknar behörighet' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Du är inloggad som Erik Berg/)).toBeInTheDocument();
    expect(document.title).toBe('Du saknar behörighet – Kompetensläget');
  });

  it('should let a signed-in person open their own pages', async () => {
    signInAs('analyst');
    renderApp('/account/password');

    expect(await screen.findByRole('heading', { level: 1, name: 'Byt lösenord' })).toBeInTheDocument();
  });

  it('should show "Du saknar behörighet" when the API refuses a page with 403', async () => {
    const { server } = await import('@/testing/mocks/server');
    const { http } = await import('msw');
    const { problem } = await import('@/testing/mocks/handlers');
    server.use(
      http.get('*/api/v1/tokens', () => problem(403, 'Forbidden', 'Only an administrator can do this.')),
    );
    signInAs('admin');
    renderApp('/admin/tokens');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Du saknar behörighet');
    expect(alert).toHaveTextContent('Only an administrator can do this.');
  });
});
