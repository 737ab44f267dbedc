import { useRef, type ReactNode } from 'react';
import { useTranslation } from '@/lib/i18n/translation';
import { appPaths } from '@/lib/app-paths';
import { LanguageSwitch } from './language-switch';
import { MenuButton, SiteFooter, SkipLink, useMenu } from './site-frame';

/**
 * The respondent's page's frame (respond.html): the app's header, navigation and footer as plain links, since the
 * page carries no router; no account row, since a respondent's link is their credential (and nobody is asked who
 * is signed in).
 */
export function RespondentLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const main = useRef<HTMLElement>(null);
  const menu = useMenu();

  return (
    <div className="app">
      <SkipLink main={main} />
      <header className="site-header">
        <div className="container site-header-inner">
          <a className="brand" href={appPaths.home}>
            {t('app.name')}
          </a>
          <MenuButton menu={menu} />
          <div id="site-menu" className="site-menu" data-open={menu.open} onKeyDown={menu.closeOnEscape}>
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
      <SiteFooter />
    </div>
  );
}
