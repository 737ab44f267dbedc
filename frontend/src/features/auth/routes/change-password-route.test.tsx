import { screen, within } from '@testing-library/react';
import { accessData, people, signInAs } from '@/testing/mocks/access-data';
import { renderApp } from '@/testing/test-utils';

async function openAsEditor() {
  signInAs('luleåEditor');
  const view = renderApp('/account/password');
  expect(await screen.findByRole('heading', { level: 1, name: 'Byt lösenord' })).toBeInTheDocument();
  return view;
}

describe('changing one’s password', () => {
  it('should check that the new password is long enough and typed the same twice, before asking the API', async () => {
    const { user } = await openAsEditor();

    await user.type(screen.getByLabelText('Nuvarande lösenord'), people.luleåEditor.password);
    await user.type(screen.getByLabelText('Nytt lösenord'), 'kort');
    await user.type(screen.getByLabelText('Upprepa det nya lösenordet'), 'annat');
    await user.click(screen.getByRole('button', { name: 'Byt lösenord' }));

    const newPassword = screen.getByLabelText('Nytt lösenord');
    expect(newPassword).toHaveAttribute('aria-invalid', 'true');
    expect(newPassword).toHaveAccessibleDescription('Minst 12 tecken. Lösenordet måste ha minst 12 tecken.');
    expect(newPassword).toHaveFocus();
    expect(screen.getByLabelText('Upprepa det nya lösenordet')).toHaveAccessibleDescription(
      'Lösenorden är inte lika.',
    );
    expect(findEditor().password).toBe(people.luleåEditor.password);
  });

  it('should show the API’s refusal of the current password at that field', async () => {
    const { user } = await openAsEditor();

    await user.type(screen.getByLabelText('Nuvarande lösenord'), 'inte mitt lösenord');
    await user.type(screen.getByLabelText('Nytt lösenord'), 'ett nytt långt lösenord');
    await user.type(screen.getByLabelText('Upprepa det nya lösenordet'), 'ett nytt långt lösenord');
    await user.click(screen.getByRole('button', { name: 'Byt lösenord' }));

    const current = screen.getByLabelText('Nuvarande lösenord');
    expect(await screen.findByText('Det nuvarande lösenordet är fel.')).toBeInTheDocument();
    expect(current).toHaveAttribute('aria-invalid', 'true');
    expect(current).toHaveAccessibleDescription('Det nuvarande lösenordet är fel.');
    // The alert says what the API said, without repeating the field's message.
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('The current password is wrong.');
    expect(within(alert).queryByRole('listitem')).not.toBeInTheDocument();
  });

  it('should change the password, say so and empty the form', async () => {
    const { user } = await openAsEditor();

    await user.type(screen.getByLabelText('Nuvarande lösenord'), people.luleåEditor.password);
    await user.type(screen.getByLabelText('Nytt lösenord'), 'ett nytt långt lösenord');
    await user.type(screen.getByLabelText('Upprepa det nya lösenordet'), 'ett nytt långt lösenord');
    await user.click(screen.getByRole('button', { name: 'Byt lösenord' }));

    expect(await screen.findByText(/Lösenordet är bytt/)).toBeInTheDocument();
    expect(findEditor().password).toBe('ett nytt långt lösenord');
    expect(screen.getByLabelText('Nuvarande lösenord')).toHaveValue('');
    expect(screen.getByLabelText('Nytt lösenord')).toHaveValue('');
  });
});

function findEditor() {
  return accessData.users.find((user) => user.email === people.luleåEditor.email)!;
}
