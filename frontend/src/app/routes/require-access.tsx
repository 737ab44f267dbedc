import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { Loading } from '@/components/ui/loading';
import { appPaths } from '@/lib/app-paths';
import { useMe, type Me } from '@/lib/auth/get-me';
import { displayName } from '@/lib/auth/permissions';
import { useDocumentTitle } from '@/utils/use-document-title';

type RequireAccessProps = {
  /** Who may see the pages below; without it, anyone signed in. */
  allow?: (me: Me) => boolean;
};

/**
 * Guards the pages below it: a visitor who is not signed in is sent to the sign-in page (and back here
 * afterwards), a person without the right grant is told so. The API refuses them in any case.
 */
export function RequireAccess({ allow }: RequireAccessProps) {
  const me = useMe();
  const { pathname, search } = useLocation();

  if (me.isPending) {
    return <Loading />;
  }
  if (me.isError) {
    return <ErrorAlert error={me.error} onRetry={() => void me.refetch()} />;
  }
  if (!me.data) {
    return <Navigate to={appPaths.signIn(`${pathname}${search}`)} replace />;
  }
  if (allow && !allow(me.data)) {
    return <Forbidden me={me.data} />;
  }
  return <Outlet />;
}

function Forbidden({ me }: { me: Me }) {
  const { t } = useTranslation();
  useDocumentTitle(t('forbidden.title'));
  return (
    <>
      <h1>{t('forbidden.title')}</h1>
      <p>{t('forbidden.body', { name: displayName(me) })}</p>
      <p>
        <Link to={appPaths.municipalities}>{t('notFound.back')}</Link>
      </p>
    </>
  );
}
