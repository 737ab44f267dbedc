import type { components } from '@/lib/api/schema';
import type { Me } from '@/lib/auth/get-me';
import { isAdmin, mayManageSomeSurveys, mayWriteSomePlans } from '@/lib/auth/permissions';

export type ApiToken = components['schemas']['ApiToken'];

/** The scopes a token can have (ApiTokenRequest.scopes), in the order they are offered. */
export const tokenScopes = [
  'read',
  'costs:write',
  'workforce:write',
  'surveys:write',
  'surveys:manage',
  'plans:write',
  'tokens:write',
  'admin',
] as const;
export type TokenScope = (typeof tokenScopes)[number];

/** Scopes only for a person's own token: an integration token acts for a municipality, which neither administers
 * nor manages surveys, and cannot create tokens. */
const personalOnlyScopes: readonly TokenScope[] = ['surveys:manage', 'tokens:write', 'admin'];

/** What an integration token can have. */
export const integrationScopes: readonly TokenScope[] = tokenScopes.filter(
  (scope) => !personalOnlyScopes.includes(scope),
);

/** What the person may give their own token: admin only for an administrator, surveys:manage only for
 * those who manage surveys. */
export function personalScopes(me: Me | null | undefined): readonly TokenScope[] {
  return tokenScopes.filter(
    (scope) =>
      (scope !== 'admin' || isAdmin(me)) &&
      (scope !== 'surveys:manage' || mayManageSomeSurveys(me)) &&
      (scope !== 'plans:write' || mayWriteSomePlans(me)),
  );
}

/** The scope's key in the catalogue (i18next keys cannot hold a colon). */
export function scopeKey(scope: TokenScope) {
  return scope.replace(':', '_') as
    | 'read'
    | 'costs_write'
    | 'workforce_write'
    | 'surveys_write'
    | 'surveys_manage'
    | 'plans_write'
    | 'tokens_write'
    | 'admin';
}

export type TokenStatus = 'active' | 'revoked' | 'expired';

export function tokenStatus(token: ApiToken, now: Date = new Date()): TokenStatus {
  if (token.revokedAt) return 'revoked';
  if (new Date(token.expiresAt) <= now) return 'expired';
  return 'active';
}

export const defaultExpiryDays = 90;
export const maxExpiryDays = 365;
