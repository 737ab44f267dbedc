import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { accessData, people } from '@/testing/mocks/access-data';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

async function fillIn(user: ReturnType<typeof renderApp>['user'], email: string, password: string) {
  await user.type(screen.getByLabelText('E-postadress'), email);
  await user.type(screen.getByLabelText('Lösenord'), password);
  await user.click(screen.getByRole('button', { name: 'Logga in' }));
}

describe('the sign-in page', () => {
  it('should sign in, show the person in the header and go on to where an administrator starts', async () => {
    const { user, currentUrl } = renderApp('/sign-in');
    expect(await screen.findByRole('heading', { level: 1, name: 'Logga in' })).toBeInTheDocument();
    expect(document.title).toBe('Logga in – Kompetensläget');

    await fillIn(user, people.admin.email, people.admin.password);

    expect(await screen.findByRole('heading', { level: 1, name: 'Att göra' })).toBeInTheDocument();
    expect(currentUrl()).toBe('/dashboard');
    const account = screen.getByRole('navigation', { name: 'Konto' });
    expect(account).toHaveTextContent('Inloggad som Ada Admin');
    expect(accessData.sessionUserId).not.toBeNull();
  });

  it('should say the e-mail address or password is wrong on a 401, in an alert, and stay', async () => {
    const { user, currentUrl } = renderApp('/sign-in');

    await fillIn(user, people.admin.email, 'not the password');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Fel e-postadress eller lösenord');
    expect(alert).toHaveTextContent('spärras kontot i 15 minuter');
    expect(currentUrl()).toBe('/sign-in');
    expect(screen.getByRole('link', { name: 'Logga in' })).toBeInTheDocument();
  });

  it('should ask for both fields before asking the API, and focus the first one missing', async () => {
    const requests: string[] = [];
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'POST') requests.push(request.url);
    });
    const { user } = renderApp('/sign-in');
    await screen.findByRole('link', { name: 'Logga in' });

    await user.click(screen.getByRole('button', { name: 'Logga in' }));

    const email = screen.getByLabelText('E-postadress');
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription('Skriv din e-postadress.');
    expect(email).toHaveFocus();
    expect(screen.getByLabelText('Lösenord')).toHaveAccessibleDescription('Skriv ditt lösenord.');
    expect(requests).toEqual([]);
    server.events.removeAllListeners();
  });

  it('should send the person back to where they were going', async () => {
    const { user, currentUrl } = renderApp('/sign-in?returnTo=%2Fcounties%2F25');

    await fillIn(user, people.luleåEditor.email, people.luleåEditor.password);

    expect(await screen.findByRole('heading', { level: 1, name: 'Norrbottens län' })).toBeInTheDocument();
    expect(currentUrl()).toBe('/counties/25');
  });

  it('should never send the person to another site', async () => {
    const { user, currentUrl } = renderApp('/sign-in?returnTo=%2F%2Fevil.example%2F');

    await fillIn(user, people.luleåEditor.email, people.luleåEditor.password);

    // The start page instead: an editor's is their municipality.
    expect(await screen.findByRole('heading', { level: 1, name: 'Luleå' })).toBeInTheDocument();
    expect(currentUrl()).toBe('/municipalities/2580');
  });

  it('should show other problems, such as invalid fields, with their details', async () => {
    server.use(
      http.post('*/api/v1/auth/sign-in', () =>
        HttpResponse.json(
          { status: 503, title: 'Service Unavailable', detail: 'Try again in a minute.' },
          { status: 503, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const { user } = renderApp('/sign-in');

    await fillIn(user, people.admin.email, people.admin.password);

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Service Unavailable')).toBeInTheDocument();
    expect(alert).toHaveTextContent('Try again in a minute.');
  });

  it('should say in Swedish that the account is temporarily locked, with the detail from the API', async () => {
    server.use(
      http.post('*/api/v1/auth/sign-in', () =>
        HttpResponse.json(
          {
            status: 429,
            title: 'Too Many Requests',
            detail:
              'This account is temporarily locked after too many failed sign-ins from your address. Try again in 15 minutes.',
          },
          { status: 429, headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '900' } },
        ),
      ),
    );
    const { user } = renderApp('/sign-in');

    await fillIn(user, people.admin.email, people.admin.password);

    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByText('För många försök: vänta en stund innan du försöker igen'),
    ).toBeInTheDocument();
    expect(alert).toHaveTextContent('temporarily locked');
    expect(alert).toHaveTextContent('15 minutes');
  });
});
