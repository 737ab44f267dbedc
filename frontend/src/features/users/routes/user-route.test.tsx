import { screen, waitFor, within } from '@testing-library/react';
import { accessData, people, signInAs } from '@/testing/mocks/access-data';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

function analyst() {
  return accessData.users.find((user) => user.email === people.analyst.email)!;
}

async function openAnalyst() {
  signInAs('admin');
  const view = renderApp(`/admin/users/${analyst().id}`);
  expect(await screen.findByRole('heading', { level: 1, name: 'Anna Lind' })).toBeInTheDocument();
  return { ...view, grants: screen.getByRole('region', { name: 'Roller' }) };
}

describe("a user's page", () => {
  it('should grant a municipality editor role, choosing the municipality within a county', async () => {
    let body: unknown;
    server.events.on('request:start', async ({ request }) => {
      if (request.method === 'POST') body = await request.clone().json();
    });
    const { user, grants } = await openAnalyst();
    const role = within(grants).getByRole('combobox', { name: 'Roll' });
    expect(within(grants).queryByRole('combobox', { name: 'Kommun' })).not.toBeInTheDocument();

    await user.selectOptions(role, 'Kommunredaktör');

    const county = within(grants).getByRole('combobox', { name: 'Län' });
    const municipality = within(grants).getByRole('combobox', { name: 'Kommun' });
    expect(municipality).toBeDisabled();
    expect(municipality).toHaveAccessibleDescription('Välj ett län först.');
    await within(county).findByRole('option', { name: 'Norrbottens län' });
    await user.selectOptions(county, 'Norrbottens län');
    await within(municipality).findByRole('option', { name: 'Luleå (2580)' });
    expect(within(municipality).getAllByRole('option')).toHaveLength(15);
    await user.selectOptions(municipality, 'Luleå (2580)');
    await user.click(within(grants).getByRole('button', { name: 'Ge rollen' }));

    expect(await within(grants).findByText('Rollen Kommunredaktör är given.')).toBeInTheDocument();
    expect(body).toEqual({ role: 'municipality_editor', municipalityCode: '2580' });
    await waitFor(() => expect(within(grants).getByRole('list')).toHaveTextContent('Kommunredaktör, Luleå'));
    expect(analyst().grants).toContainEqual(expect.objectContaining({ municipalityCode: '2580' }));
    // The form starts over.
    expect(role).toHaveValue('');
    server.events.removeAllListeners();
  });

  it('should grant a county coordinator role for a county, and ask for a county first', async () => {
    const { user, grants } = await openAnalyst();

    await user.selectOptions(within(grants).getByRole('combobox', { name: 'Roll' }), 'Länssamordnare');
    expect(within(grants).queryByRole('combobox', { name: 'Kommun' })).not.toBeInTheDocument();
    await user.click(within(grants).getByRole('button', { name: 'Ge rollen' }));

    const county = within(grants).getByRole('combobox', { name: 'Län' });
    expect(county).toHaveAccessibleDescription('Välj ett län.');
    expect(county).toHaveFocus();

    await within(county).findByRole('option', { name: 'Norrbottens län' });
    await user.selectOptions(county, 'Norrbottens län');
    await user.click(within(grants).getByRole('button', { name: 'Ge rollen' }));

    await waitFor(() =>
      expect(within(grants).getByRole('list')).toHaveTextContent('Länssamordnare, Norrbottens län'),
    );
  });

  it('should ask for a role, and for a municipality for an editor', async () => {
    const { user, grants } = await openAnalyst();

    await user.click(within(grants).getByRole('button', { name: 'Ge rollen' }));
    expect(within(grants).getByRole('combobox', { name: 'Roll' })).toHaveAccessibleDescription(
      'Välj en roll.',
    );

    await user.selectOptions(within(grants).getByRole('combobox', { name: 'Roll' }), 'Kommunredaktör');
    await user.click(within(grants).getByRole('button', { name: 'Ge rollen' }));
    expect(within(grants).getByText('Välj en kommun.')).toBeInTheDocument();
    expect(analyst().grants).toHaveLength(1);
  });

  it('should revoke a role after confirmation', async () => {
    const { user, grants } = await openAnalyst();

    await user.click(within(grants).getByRole('button', { name: 'Ta bort Analytiker' }));
    await user.click(within(grants).getByRole('button', { name: 'Ja, ta bort Analytiker' }));

    expect(await within(grants).findByText('Inga roller')).toBeInTheDocument();
    expect(analyst().grants).toEqual([]);
  });

  it('should deactivate after confirmation, and activate again', async () => {
    const { user } = await openAnalyst();
    const account = screen.getByRole('region', { name: 'Konto' });

    await user.click(within(account).getByRole('button', { name: 'Inaktivera Anna Lind' }));
    await user.click(within(account).getByRole('button', { name: 'Ja, inaktivera Anna Lind' }));

    expect(await within(account).findByText('Kontot är inaktiverat.')).toBeInTheDocument();
    expect(analyst().active).toBe(false);
    expect(screen.getByText('Inaktiverad')).toBeInTheDocument();

    await user.click(within(account).getByRole('button', { name: 'Aktivera' }));

    expect(await within(account).findByText('Kontot är aktiverat.')).toBeInTheDocument();
    expect(analyst().active).toBe(true);
  });

  it('should show a change someone else made first as a conflict, and act only once reloaded', async () => {
    const { user } = await openAnalyst();
    const account = screen.getByRole('region', { name: 'Konto' });
    // Another administrator renames the person after this page was loaded.
    analyst().displayName = 'Anna Lind-Berg';
    analyst().revision += 1;

    await user.click(within(account).getByRole('button', { name: 'Inaktivera Anna Lind' }));
    await user.click(within(account).getByRole('button', { name: 'Ja, inaktivera Anna Lind' }));

    const alert = await within(account).findByRole('alert');
    expect(alert).toHaveTextContent('Någon annan har ändrat detta');
    expect(analyst().active).toBe(true);

    await user.click(within(alert).getByRole('button', { name: 'Ladda om' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Anna Lind-Berg' })).toBeInTheDocument();
    await user.click(within(account).getByRole('button', { name: 'Inaktivera Anna Lind-Berg' }));
    await user.click(within(account).getByRole('button', { name: 'Ja, inaktivera Anna Lind-Berg' }));
    await waitFor(() => expect(analyst().active).toBe(false));
  });

  it('should set a new password of at least 12 characters', async () => {
    const { user } = await openAnalyst();
    const account = screen.getByRole('region', { name: 'Konto' });

    await user.type(within(account).getByLabelText('Nytt lösenord'), 'kort');
    await user.click(within(account).getByRole('button', { name: 'Sätt nytt lösenord' }));
    expect(within(account).getByText('Lösenordet måste ha minst 12 tecken.')).toBeInTheDocument();

    await user.type(within(account).getByLabelText('Nytt lösenord'), ' men nu längre');
    await user.click(within(account).getByRole('button', { name: 'Sätt nytt lösenord' }));

    expect(await within(account).findByText(/Lösenordet är bytt/)).toBeInTheDocument();
    expect(analyst().password).toBe('kort men nu längre');
  });

  it('should say so for an unknown user', async () => {
    signInAs('admin');
    renderApp('/admin/users/00000000-0000-4000-8000-0000000000ff');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Användaren hittades inte' }),
    ).toBeInTheDocument();
  });
});
