import { screen, waitFor } from '@testing-library/react';
import { signInAs } from '@/testing/mocks/access-data';
import { renderApp } from '@/testing/test-utils';

describe('the app layout', () => {
  it('should have a header with the product name, navigation, main content and footer', async () => {
    renderApp('/counties');

    expect(screen.getByRole('banner')).toHaveTextContent('Kompetensläget');
    const nav = screen.getByRole('navigation', { name: 'Huvudmeny' });
    expect(nav).toContainElement(screen.getByRole('link', { name: 'Kommuner' }));
    expect(screen.getByRole('link', { name: 'Län' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
    await screen.findByRole('table');
  });

  it('should offer a skip link to the main content as the first thing to tab to', async () => {
    const { user } = renderApp('/counties');

    await user.tab();

    const skipLink = screen.getByRole('link', { name: 'Hoppa till innehållet' });
    expect(skipLink).toHaveFocus();
    expect(skipLink).toHaveAttribute('href', '#main');
    await screen.findByRole('table');
  });

  it('should start in Swedish, and switch to English, remembering the choice', async () => {
    const { user } = renderApp('/municipalities');
    expect(document.documentElement.lang).toBe('sv');
    expect(await screen.findByText('290 kommuner')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Svenska' })).toHaveAttribute('aria-pressed', 'true');

    await user.click(screen.getByRole('button', { name: 'English' }));

    expect(screen.getByRole('heading', { level: 1, name: 'Municipalities' })).toBeInTheDocument();
    expect(screen.getByText('290 municipalities')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'County' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Search municipality' })).toBeInTheDocument();
    expect(screen.getByText('Page 1 of 6')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem('kompetenslaget.language')).toBe('en');
    await waitFor(() => expect(document.title).toBe('Municipalities – Kompetensläget'));
  });

  it("should name the signed-in person's roles with the municipality's name, not its code", async () => {
    signInAs('luleåEditor');
    renderApp('/counties');

    const account = await screen.findByRole('navigation', { name: 'Konto' });
    await waitFor(() => expect(account).toHaveTextContent('(Kommunredaktör, Luleå)'));
    expect(account).not.toHaveTextContent('2580');
    await screen.findByRole('table');
  });

  it('should show a page-not-found message for an unknown address', () => {
    renderApp('/no-such-page');

    expect(screen.getByRole('heading', { level: 1, name: 'Sidan hittades inte' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Gå till kommunlistan' })).toHaveAttribute(
      'href',
      '/municipalities',
    );
  });
});
