import type { components } from '@/lib/api/schema';

export type ApiToken = components['schemas']['ApiToken'];

/** The scopes a token can have (ApiTokenRequest.scopes), in the order they are offered. */
export const tokenScopes = ['read', 'costs:write', 'workforce:write', 'surveys:write', 'admin'] as const;
export type TokenScope = (typeof tokenScopes)[number];

/** What an integration token can have: everything but admin, which is for a person's own token. */
export const integrationScopes: readonly TokenScope[] = tokenScopes.filter((scope) => scope !== 'admin');

/** The scope's key in the catalogue (i18next keys cannot hold a colon). */
export function scopeKey(scope: TokenScope) {
  return scope.replace(':', '_') as 'read' | 'costs_write' | 'workforce_write' | 'surveys_write' | 'admin';
}

export type TokenStatus = 'active' | 'revoked' | 'expired';

export function tokenStatus(token: ApiToken, now: Date = new Date()): TokenStatus {
  if (token.revokedAt) return 'revoked';
  if (new Date(token.expiresAt) <= now) return 'expired';
  return 'active';
}

export const defaultExpiryDays = 90;
export const maxExpiryDays = 365;
