import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from '@/lib/i18n/translation';
import { appPaths } from '@/lib/app-paths';
import { LanguageSwitch } from './language-switch';

/**
 * The respondent's page's frame (respond.html): the app's header, navigation and footer as plain links, since the
 * page carries no router; no account row, since a respondent's link is their credential (and nobody is asked who
 * is signed in).
 */
export function RespondentLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const main = useRef<HTMLElement>(null);
  const [menuOpen, setMenuOpen] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && menuOpen) {
      setMenuOpen(false);
      menuButton.current?.focus();
    }
  };

  return (
    <div className="app">
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          main.current?.focus();
        }}
      >
        {t('skipLink')}
      </a>
      <header className="site-header">
        <div className="container site-header-inner">
          <a className="brand" href={appPaths.home}>
            {t('app.name')}
          </a>
          <button
            ref={menuButton}
            type="button"
            className="menu-button"
            aria-expanded={menuOpen}
            aria-controls="site-menu"
            onClick={() => setMenuOpen((open) => !open)}
            onKeyDown={closeOnEscape}
          >
            <span aria-hidden="true" className="menu-icon" />
            {t('nav.menu')}
          </button>
          <div id="site-menu" className="site-menu" data-open={menuOpen} onKeyDown={closeOnEscape}>
            <nav aria-label={t('nav.label')}>
              <ul className="nav-list">
                <li>
                  <a href={appPaths.municipalities}>{t('nav.municipalities')}</a>
                </li>
                <li>
                  <a href={appPaths.counties}>{t('nav.counties')}</a>
                </li>
                <li>
                  <a href={appPaths.strategy}>{t('nav.strategy')}</a>
                </li>
              </ul>
            </nav>
            <LanguageSwitch />
          </div>
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1} className="container main">
        {children}
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>
            {t('app.name')}: {t('app.tagline')}
          </p>
          <p>{t('app.dataSource')}</p>
        </div>
      </footer>
    </div>
  );
}
