/**
 * Every path of the router (router.tsx), spelt as the router has it: router.test.tsx fails when the two differ, and
 * the end-to-end check of every page (e2e/routes.spec.ts) must say how to visit each one (its type demands it). A
 * new page is added here, and there, or the checks fail.
 */
export const routePaths = [
  '/',
  '/municipalities',
  '/municipalities/:code',
  '/counties',
  '/counties/:code',
  '/strategy',
  '/sign-in',
  '/respond/:token',
  '/account',
  '/account/password',
  '/account/tokens',
  '/examples',
  '/examples/new',
  '/examples/:id',
  '/examples/:id/edit',
  '/strategy/overview',
  '/plans',
  '/plans/new',
  '/plans/:id',
  '/surveys',
  '/surveys/campaigns/:id',
  '/surveys/:id',
  '/surveys/:id/invitations',
  '/surveys/:id/invitations/:invitationId',
  '/surveys/:id/results',
  '/surveys/:id/edit',
  '/dashboard',
  '/admin',
  '/admin/users',
  '/admin/users/:id',
  '/admin/tokens',
  '/admin/audit',
  '/admin/population',
  '*',
] as const;

export type RoutePath = (typeof routePaths)[number];
