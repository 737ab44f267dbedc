import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { appPaths } from '@/lib/app-paths';
import { useMe } from '@/lib/auth/get-me';
import { mayReadSurveys } from '@/lib/auth/permissions';
import { LanguageSwitch } from './language-switch';
import { MenuButton, SiteFooter, SkipLink, useMenu } from './site-frame';

type AppLayoutProps = {
  /** The header's part about the visitor (sign in, or who is signed in); the app hands it in. */
  accountMenu?: ReactNode;
};

export function AppLayout({ accountMenu }: AppLayoutProps) {
  const { t } = useTranslation();
  const main = useMainFocusOnNavigation();
  const me = useMe();
  const menu = useMenu(useLocation().pathname);

  return (
    <div className="app">
      <SkipLink main={main} />
      <header className="site-header">
        <div className="container site-header-inner">
          <Link className="brand" to={appPaths.home}>
            {t('app.name')}
          </Link>
          <MenuButton menu={menu} />
          <div id="site-menu" className="site-menu" data-open={menu.open} onKeyDown={menu.closeOnEscape}>
            <nav aria-label={t('nav.label')}>
              <ul className="nav-list">
                <li>
                  <NavLink to={appPaths.municipalities}>{t('nav.municipalities')}</NavLink>
                </li>
                <li>
                  <NavLink to={appPaths.counties}>{t('nav.counties')}</NavLink>
                </li>
                <li>
                  <NavLink to={appPaths.strategy} end>
                    {t('nav.strategy')}
                  </NavLink>
                </li>
                {me.data && (
                  <>
                    <li>
                      <NavLink to={appPaths.plans}>{t('nav.plans')}</NavLink>
                    </li>
                    <li>
                      <NavLink to={appPaths.examples}>{t('nav.examples')}</NavLink>
                    </li>
                    <li>
                      <NavLink to={appPaths.strategyOverview}>{t('nav.overview')}</NavLink>
                    </li>
                  </>
                )}
                {mayReadSurveys(me.data) && (
                  <li>
                    <NavLink to={appPaths.surveys}>{t('surveys.nav')}</NavLink>
                  </li>
                )}
              </ul>
            </nav>
            <LanguageSwitch />
            {/* Its height is kept while it is not yet known who is signed in, so the page never moves down. */}
            {accountMenu && <div className="account-bar">{accountMenu}</div>}
          </div>
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1} className="container main">
        <Outlet />
      </main>
      <SiteFooter />
    </div>
  );
}

/** After moving to another page, focus starts at its content, as it would after a page load. */
function useMainFocusOnNavigation() {
  const { pathname } = useLocation();
  const main = useRef<HTMLElement>(null);
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current !== pathname) {
      previous.current = pathname;
      main.current?.focus();
    }
  }, [pathname]);
  return main;
}
