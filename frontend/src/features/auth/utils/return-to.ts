import { appPaths } from '@/lib/app-paths';

/**
 * Where to go after signing in: the `returnTo` of the sign-in page's address when it is a path of
 * this app (never another site, and never the sign-in page again), otherwise the start page, which sends each
 * person where their work is (see startPath).
 */
export function returnToFrom(search: URLSearchParams): string {
  const returnTo = search.get('returnTo');
  if (
    !returnTo ||
    !returnTo.startsWith('/') ||
    returnTo.startsWith('//') ||
    returnTo.startsWith('/\\') ||
    returnTo.startsWith(appPaths.signIn())
  ) {
    return appPaths.home;
  }
  return returnTo;
}
