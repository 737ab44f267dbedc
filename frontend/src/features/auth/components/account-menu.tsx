import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { appPaths } from '@/lib/app-paths';
import { useMe } from '@/lib/auth/get-me';
import { displayName, isAdmin } from '@/lib/auth/permissions';
import { useGrantText } from '@/lib/catalogues/place-names';
import { useSignOut } from '../api/sign-out';

/** The header's part about the visitor: "Logga in", or who is signed in and what they may open. */
export function AccountMenu() {
  const { t } = useTranslation();
  const { pathname, search } = useLocation();
  const me = useMe();
  const signOut = useSignOut();
  const grantText = useGrantText(me.data?.grants ?? []);

  // Nothing until it is known, so "Logga in" never flashes for someone who is signed in; the bar keeps its height.
  if (me.isPending || me.isError) {
    return <div className="account-menu" aria-hidden="true" />;
  }

  if (!me.data) {
    const here = `${pathname}${search}`;
    const signInLink = pathname === appPaths.signIn() ? here : appPaths.signIn(here);
    return (
      <div className="account-menu">
        <Link className="account-sign-in" to={signInLink}>
          {t('account.signIn')}
        </Link>
      </div>
    );
  }

  const admin = isAdmin(me.data);
  return (
    <nav className="account-menu" aria-label={t('account.navLabel')}>
      <p className="account-name">
        {t('account.signedInAs')} <strong>{displayName(me.data)}</strong>
        {me.data.grants.length > 0 && (
          <span className="account-roles">
            {' '}
            ({me.data.grants.map((grant) => grantText(grant)).join('; ')})
          </span>
        )}
      </p>
      <ul className="account-links">
        {admin && (
          <>
            <li>
              <NavLink to={appPaths.users}>{t('account.users')}</NavLink>
            </li>
            <li>
              <NavLink to={appPaths.allTokens}>{t('account.allTokens')}</NavLink>
            </li>
            <li>
              <NavLink to={appPaths.audit}>{t('account.audit')}</NavLink>
            </li>
            <li>
              <NavLink to={appPaths.populationImport}>{t('account.populationImport')}</NavLink>
            </li>
          </>
        )}
        <li>
          <NavLink to={appPaths.myTokens}>{t('account.myTokens')}</NavLink>
        </li>
        <li>
          <NavLink to={appPaths.changePassword}>{t('account.changePassword')}</NavLink>
        </li>
        <li>
          <button
            type="button"
            className="link-button"
            onClick={() => signOut.mutate()}
            disabled={signOut.isPending}
          >
            {t('account.signOut')}
          </button>
        </li>
      </ul>
      {signOut.isError && <ErrorAlert error={signOut.error} />}
    </nav>
  );
}
