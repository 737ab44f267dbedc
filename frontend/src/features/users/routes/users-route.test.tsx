import { screen, waitFor, within } from '@testing-library/react';
import { accessData, signInAs } from '@/testing/mocks/access-data';
import { renderApp } from '@/testing/test-utils';

describe('the user list', () => {
  it('should list the people with their roles, and search them, keeping the search in the URL', async () => {
    signInAs('admin');
    const { user, currentUrl } = renderApp('/admin/users');

    const table = await screen.findByRole('table', { name: 'Användare' });
    expect(screen.getByText('3 användare')).toHaveAttribute('role', 'status');
    const erik = within(table).getByRole('row', { name: /Erik Berg/ });
    expect(erik).toHaveTextContent('erik.berg@lulea.se');
    // The role names the municipality, not its code.
    await waitFor(() => expect(erik).toHaveTextContent('Kommunredaktör, Luleå'));
    expect(within(erik).getByRole('link', { name: 'Erik Berg' })).toHaveAttribute(
      'href',
      `/admin/users/${accessData.users[1]!.id}`,
    );

    await user.type(screen.getByRole('searchbox', { name: 'Sök användare' }), 'lulea');
    await user.click(screen.getByRole('button', { name: 'Sök' }));

    expect(await screen.findByText('1 användare')).toBeInTheDocument();
    expect(currentUrl()).toBe('/admin/users?q=lulea');
    expect(screen.getByRole('table', { name: 'Användare, filtrerade' })).toHaveTextContent('Erik Berg');
  });

  it('should create a user and go to their page, where roles are granted', async () => {
    signInAs('admin');
    const { user, currentUrl } = renderApp('/admin/users');
    const form = await screen.findByRole('region', { name: 'Ny användare' });

    await user.type(within(form).getByLabelText('E-postadress'), 'Lisa.Holm@Pitea.se');
    await user.type(within(form).getByLabelText('Namn'), 'Lisa Holm');
    await user.type(within(form).getByLabelText('Första lösenord'), 'ett första lösenord');
    await user.click(within(form).getByRole('button', { name: 'Skapa användare' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Lisa Holm' })).toBeInTheDocument();
    const created = accessData.users.at(-1)!;
    expect(created).toMatchObject({ email: 'lisa.holm@pitea.se', displayName: 'Lisa Holm', grants: [] });
    expect(currentUrl()).toBe(`/admin/users/${created.id}`);
    expect(screen.getByText('Inga roller')).toBeInTheDocument();
  });

  it('should check the fields before creating, and show a duplicate e-mail address as the API says', async () => {
    signInAs('admin');
    const { user } = renderApp('/admin/users');
    const form = await screen.findByRole('region', { name: 'Ny användare' });

    await user.type(within(form).getByLabelText('Första lösenord'), 'kort');
    await user.click(within(form).getByRole('button', { name: 'Skapa användare' }));

    expect(within(form).getByLabelText('E-postadress')).toHaveFocus();
    expect(within(form).getByLabelText('E-postadress')).toHaveAttribute('aria-invalid', 'true');
    expect(within(form).getByLabelText('Namn')).toHaveAccessibleDescription('Skriv personens namn.');
    expect(within(form).getByText('Lösenordet måste ha minst 12 tecken.')).toBeInTheDocument();

    await user.type(within(form).getByLabelText('E-postadress'), 'erik.berg@lulea.se');
    await user.type(within(form).getByLabelText('Namn'), 'Erik Berg');
    await user.type(within(form).getByLabelText('Första lösenord'), ' och lite till');
    await user.click(within(form).getByRole('button', { name: 'Skapa användare' }));

    const alert = await within(form.parentElement!).findByRole('alert');
    expect(alert).toHaveTextContent('There is already a user with the e-mail address erik.berg@lulea.se.');
    expect(accessData.users).toHaveLength(3);
  });
});
