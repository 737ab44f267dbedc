import { Navigate } from 'react-router';
import { Loading } from '@/components/ui/loading';
import { appPaths } from '@/lib/app-paths';
import { useMe } from '@/lib/auth/get-me';
import { startPath } from '@/lib/auth/start-path';

/** The index: each person starts where their work is (see startPath); a visitor on the list of municipalities. */
export function HomeRoute() {
  const me = useMe();
  if (me.isPending) return <Loading />;
  return <Navigate to={me.data ? startPath(me.data) : appPaths.municipalities} replace />;
}
