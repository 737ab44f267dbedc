import { http, HttpResponse } from 'msw';
import type { components } from '@/lib/api/schema';
import {
  accessData,
  findUserByEmail,
  newId,
  publicToken,
  publicUser,
  recordEvent,
  sessionUser,
  type StoredToken,
  type StoredUser,
} from './access-data';
import { checkIfMatch, problem } from './handlers';
import { counties, municipalities } from './reference-data';

type Schemas = components['schemas'];

/** The API's access rules, as AccessPolicy applies them, over the session of `accessData`. */
function requirePerson(): StoredUser | Response {
  const user = sessionUser();
  return user ?? problem(401, 'Unauthorized', 'Sign in, or send an API token, to do this.');
}

function isAdmin(user: StoredUser) {
  return user.grants.some((grant) => grant.role === 'admin');
}

function requireAdmin(): StoredUser | Response {
  const user = requirePerson();
  if (user instanceof Response) return user;
  return isAdmin(user) ? user : problem(403, 'Forbidden', 'Only an administrator can do this.');
}

function requireEditor(code: string): StoredUser | Response {
  const user = requirePerson();
  if (user instanceof Response) return user;
  if (!municipalities.some(([municipalityCode]) => municipalityCode === code)) {
    return problem(404, 'Not Found', `There is no municipality with code ${code}.`);
  }
  const allowed =
    isAdmin(user) ||
    user.grants.some((grant) => grant.role === 'municipality_editor' && grant.municipalityCode === code);
  return allowed ? user : problem(403, 'Forbidden', `You may not change data of municipality ${code}.`);
}

function me(user: StoredUser): Schemas['Me'] {
  return { kind: 'session', user: publicUser(user), grants: user.grants };
}

function newestFirst(tokens: StoredToken[]) {
  return [...tokens].reverse().map(publicToken);
}

async function issueToken(
  request: Request,
  actor: StoredUser,
  owner: { ownerId: string } | { municipalityCode: string },
) {
  const body = (await request.json()) as Schemas['ApiTokenRequest'];
  const violations: NonNullable<Schemas['Problem']['violations']> = [];
  if (!body.name?.trim()) violations.push({ field: 'name', in: 'body', message: 'must not be blank' });
  if (!body.scopes?.length) violations.push({ field: 'scopes', in: 'body', message: 'must not be empty' });
  if (body.scopes?.includes('admin') && ('municipalityCode' in owner || !isAdmin(actor))) {
    violations.push({ field: 'scopes', in: 'body', message: 'admin is for an administrator’s own token' });
  }
  if (violations.length > 0) {
    return problem(400, 'Invalid request', undefined, violations);
  }
  const now = new Date();
  const value = `klt_mock${accessData.nextId}_${'x'.repeat(32)}`;
  const token: StoredToken = {
    id: newId(),
    name: body.name.trim(),
    prefix: value.slice(0, 8),
    scopes: [...body.scopes].sort(),
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + (body.expiresInDays ?? 90) * 86_400_000).toISOString(),
    ...owner,
    value,
  };
  accessData.tokens.push(token);
  recordEvent({
    actorType: 'user',
    actorId: actor.id,
    actorLabel: actor.email ?? actor.displayName,
    action: 'token_issued',
    entityType: 'api_token',
    entityId: token.id,
    ...('municipalityCode' in owner && { municipalityCode: owner.municipalityCode }),
    changes: { name: { before: null, after: token.name }, scopes: { before: null, after: token.scopes } },
  });
  return HttpResponse.json<Schemas['ApiTokenCreated']>({ token: publicToken(token), value }, { status: 201 });
}

function revoke(token: StoredToken | undefined, actor: StoredUser) {
  if (!token) return problem(404, 'Not Found', 'There is no such token.');
  if (!token.revokedAt) {
    token.revokedAt = new Date().toISOString();
    recordEvent({
      actorType: 'user',
      actorId: actor.id,
      actorLabel: actor.email ?? actor.displayName,
      action: 'token_revoked',
      entityType: 'api_token',
      entityId: token.id,
      ...(token.municipalityCode && { municipalityCode: token.municipalityCode }),
      changes: { revokedAt: { before: null, after: token.revokedAt } },
    });
  }
  return new HttpResponse(null, { status: 204 });
}

function findUser(id: string) {
  return accessData.users.find((user) => user.id === id);
}

export const accessHandlers = [
  http.post('*/api/v1/auth/sign-in', async ({ request }) => {
    const { email, password } = (await request.json()) as Schemas['SignInRequest'];
    const user = findUserByEmail(email);
    if (!user || !user.active || user.password !== password) {
      return problem(401, 'Unauthorized', 'The e-mail address or the password is wrong.');
    }
    accessData.sessionUserId = user.id;
    return HttpResponse.json(me(user));
  }),

  http.post('*/api/v1/auth/sign-out', () => {
    accessData.sessionUserId = null;
    return new HttpResponse(null, { status: 204 });
  }),

  http.get('*/api/v1/auth/me', () => {
    const user = sessionUser();
    return user ? HttpResponse.json(me(user)) : problem(401, 'Unauthorized');
  }),

  http.get('*/api/v1/auth/session', () => {
    const user = sessionUser();
    const session: Schemas['Session'] = user ? { signedIn: true, me: me(user) } : { signedIn: false };
    return HttpResponse.json(session);
  }),

  http.put('*/api/v1/auth/password', async ({ request }) => {
    const user = requirePerson();
    if (user instanceof Response) return user;
    const body = (await request.json()) as Schemas['PasswordChange'];
    if (body.currentPassword !== user.password) {
      return problem(400, 'Bad Request', 'The current password is wrong.', [
        { field: 'currentPassword', in: 'body', message: 'is wrong' },
      ]);
    }
    user.password = body.newPassword;
    return new HttpResponse(null, { status: 204 });
  }),

  http.get('*/api/v1/me/tokens', () => {
    const user = requirePerson();
    if (user instanceof Response) return user;
    return HttpResponse.json(newestFirst(accessData.tokens.filter((token) => token.ownerId === user.id)));
  }),

  http.post('*/api/v1/me/tokens', ({ request }) => {
    const user = requirePerson();
    if (user instanceof Response) return user;
    return issueToken(request, user, { ownerId: user.id });
  }),

  http.delete('*/api/v1/me/tokens/:id', ({ params }) => {
    const user = requirePerson();
    if (user instanceof Response) return user;
    return revoke(
      accessData.tokens.find((token) => token.id === params.id && token.ownerId === user.id),
      user,
    );
  }),

  http.get('*/api/v1/municipalities/:code/tokens', ({ params }) => {
    const code = String(params.code);
    const user = requireEditor(code);
    if (user instanceof Response) return user;
    return HttpResponse.json(
      newestFirst(accessData.tokens.filter((token) => token.municipalityCode === code)),
    );
  }),

  http.post('*/api/v1/municipalities/:code/tokens', ({ params, request }) => {
    const code = String(params.code);
    const user = requireEditor(code);
    if (user instanceof Response) return user;
    return issueToken(request, user, { municipalityCode: code });
  }),

  http.delete('*/api/v1/municipalities/:code/tokens/:id', ({ params }) => {
    const code = String(params.code);
    const user = requireEditor(code);
    if (user instanceof Response) return user;
    return revoke(
      accessData.tokens.find((token) => token.id === params.id && token.municipalityCode === code),
      user,
    );
  }),

  http.get('*/api/v1/tokens', () => {
    const user = requireAdmin();
    if (user instanceof Response) return user;
    return HttpResponse.json(newestFirst(accessData.tokens));
  }),

  http.delete('*/api/v1/tokens/:id', ({ params }) => {
    const user = requireAdmin();
    if (user instanceof Response) return user;
    return revoke(
      accessData.tokens.find((token) => token.id === params.id),
      user,
    );
  }),

  http.get('*/api/v1/users', ({ request }) => {
    const user = requireAdmin();
    if (user instanceof Response) return user;
    const url = new URL(request.url);
    const q = (url.searchParams.get('q') ?? '').toLowerCase();
    const page = Number(url.searchParams.get('page') ?? 1);
    const size = Number(url.searchParams.get('size') ?? 50);
    const rows = accessData.users
      .filter((item) => !q || (item.email ?? '').includes(q) || item.displayName.toLowerCase().includes(q))
      .sort((a, b) => (a.email ?? '').localeCompare(b.email ?? ''));
    return HttpResponse.json<Schemas['UserPage']>({
      items: rows.slice((page - 1) * size, page * size).map(publicUser),
      page,
      size,
      totalItems: rows.length,
      totalPages: Math.ceil(rows.length / size),
    });
  }),

  http.post('*/api/v1/users', async ({ request }) => {
    const admin = requireAdmin();
    if (admin instanceof Response) return admin;
    const body = (await request.json()) as Schemas['UserCreate'];
    const email = body.email.trim().toLowerCase();
    if (findUserByEmail(email)) {
      return problem(409, 'Conflict', `There is already a user with the e-mail address ${email}.`);
    }
    const user: StoredUser = {
      id: newId(),
      email,
      displayName: body.displayName.trim(),
      password: body.password,
      active: true,
      revision: 0,
      createdAt: new Date().toISOString(),
      grants: [],
    };
    accessData.users.push(user);
    return HttpResponse.json(publicUser(user), { status: 201 });
  }),

  http.get('*/api/v1/users/:id', ({ params }) => {
    const admin = requireAdmin();
    if (admin instanceof Response) return admin;
    const user = findUser(String(params.id));
    return user
      ? HttpResponse.json(publicUser(user))
      : problem(404, 'Not Found', `There is no user ${String(params.id)}.`);
  }),

  http.patch('*/api/v1/users/:id', async ({ params, request }) => {
    const admin = requireAdmin();
    if (admin instanceof Response) return admin;
    const user = findUser(String(params.id));
    if (!user) return problem(404, 'Not Found', `There is no user ${String(params.id)}.`);
    const stale = checkIfMatch(request, user.revision);
    if (stale) return stale;
    const body = (await request.json()) as Schemas['UserUpdate'];
    if (body.displayName) user.displayName = body.displayName;
    if (body.active !== undefined) user.active = body.active;
    if (body.password) user.password = body.password;
    user.revision += 1;
    return HttpResponse.json(publicUser(user), { headers: { ETag: `"${user.revision}"` } });
  }),

  http.post('*/api/v1/users/:id/grants', async ({ params, request }) => {
    const admin = requireAdmin();
    if (admin instanceof Response) return admin;
    const user = findUser(String(params.id));
    if (!user) return problem(404, 'Not Found', `There is no user ${String(params.id)}.`);
    const body = (await request.json()) as Schemas['GrantRequest'];
    if (body.role === 'municipality_editor' && !body.municipalityCode) {
      return problem(400, 'Bad Request', 'A municipality editor needs an existing municipality.', [
        { field: 'municipalityCode', in: 'body', message: 'must name an existing municipality' },
      ]);
    }
    if (body.role === 'county_coordinator' && !body.countyCode) {
      return problem(400, 'Bad Request', 'A county coordinator needs an existing county.', [
        { field: 'countyCode', in: 'body', message: 'must name an existing county' },
      ]);
    }
    const grant: Schemas['Grant'] = {
      id: newId(),
      role: body.role,
      ...(body.role === 'county_coordinator' && { countyCode: body.countyCode }),
      ...(body.role === 'municipality_editor' && { municipalityCode: body.municipalityCode }),
    };
    user.grants.push(grant);
    user.revision += 1;
    return HttpResponse.json(grant, { status: 201 });
  }),

  http.delete('*/api/v1/users/:id/grants/:grantId', ({ params, request }) => {
    const admin = requireAdmin();
    if (admin instanceof Response) return admin;
    const user = findUser(String(params.id));
    if (!user?.grants.some((grant) => grant.id === params.grantId)) {
      return problem(404, 'Not Found', 'The user has no such grant.');
    }
    const stale = checkIfMatch(request, user.revision);
    if (stale) return stale;
    user.grants = user.grants.filter((grant) => grant.id !== params.grantId);
    user.revision += 1;
    return new HttpResponse(null, { status: 204 });
  }),

  http.patch('*/api/v1/municipalities/:code', async ({ params, request }) => {
    const admin = requireAdmin();
    if (admin instanceof Response) return admin;
    const found = municipalities.find(([code]) => code === params.code);
    if (!found)
      return problem(404, 'Not Found', `There is no municipality with code ${String(params.code)}.`);
    const [code, name, countyCode] = found;
    const body = (await request.json()) as Schemas['MunicipalityUpdate'];
    const countyName = counties.find(([county]) => county === countyCode)?.[1] ?? '';
    recordEvent({
      actorType: 'user',
      actorId: admin.id,
      actorLabel: admin.email ?? admin.displayName,
      action: 'update',
      entityType: 'municipality',
      entityId: code,
      municipalityCode: code,
      changes: { population: { before: null, after: body.population } },
    });
    return HttpResponse.json<Schemas['Municipality']>({
      code,
      name,
      county: { code: countyCode, name: countyName },
      ...(body.population !== undefined && { population: body.population }),
    });
  }),

  http.get('*/api/v1/audit-events', ({ request }) => {
    const admin = requireAdmin();
    if (admin instanceof Response) return admin;
    const url = new URL(request.url);
    const get = (name: string) => url.searchParams.get(name);
    const page = Number(get('page') ?? 1);
    const size = Number(get('size') ?? 50);
    const rows = accessData.events.filter(
      (event) =>
        (!get('municipality') || event.municipalityCode === get('municipality')) &&
        (!get('type') || event.entityType === get('type')) &&
        (!get('action') || event.action === get('action')) &&
        (!get('since') || event.occurredAt >= new Date(get('since')!).toISOString()) &&
        (!get('until') || event.occurredAt < new Date(get('until')!).toISOString()),
    );
    return HttpResponse.json<Schemas['AuditEventPage']>({
      items: rows.slice((page - 1) * size, page * size),
      page,
      size,
      totalItems: rows.length,
      totalPages: Math.ceil(rows.length / size),
    });
  }),
];
