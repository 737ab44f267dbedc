import type { components } from '@/lib/api/schema';

type Schemas = components['schemas'];
type User = Schemas['User'];
type ApiToken = Schemas['ApiToken'];
type AuditEvent = Schemas['AuditEvent'];

/** A person as the mock API keeps them: with the password to sign in with. */
export type StoredUser = User & { password: string };
/** A token as the mock API keeps it: with its value, which the API shows once. */
export type StoredToken = ApiToken & { value: string };

/** People every test starts with; sign in as one with `signInAs`. */
export const people = {
  admin: { email: 'ada.admin@kompetenslaget.se', password: 'admin-lösenord-1', displayName: 'Ada Admin' },
  luleåEditor: { email: 'erik.berg@lulea.se', password: 'redaktör-lösenord-1', displayName: 'Erik Berg' },
  analyst: { email: 'anna.lind@scb.se', password: 'analytiker-lösenord-1', displayName: 'Anna Lind' },
} as const;

export type PersonName = keyof typeof people;

const createdAt = '2026-01-15T08:00:00Z';

/** What the mock API holds; `resetAccessData` puts it back before each test. */
export const accessData = {
  users: [] as StoredUser[],
  tokens: [] as StoredToken[],
  events: [] as AuditEvent[],
  /** The person whose session cookie the browser holds, if any. */
  sessionUserId: null as string | null,
  nextId: 1,
};

/** An id shaped like the API's UUIDs, counting up, so tests are repeatable. */
export function newId(): string {
  const n = accessData.nextId++;
  return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

export function resetAccessData() {
  accessData.nextId = 1;
  accessData.sessionUserId = null;
  accessData.tokens = [];
  accessData.events = [];
  const user = (person: (typeof people)[PersonName], grants: Schemas['Grant'][]): StoredUser => ({
    id: newId(),
    email: person.email,
    displayName: person.displayName,
    password: person.password,
    active: true,
    revision: 0,
    createdAt,
    grants: grants.map((grant) => ({ id: newId(), ...grant })),
  });
  accessData.users = [
    user(people.admin, [{ role: 'admin' }]),
    user(people.luleåEditor, [{ role: 'municipality_editor', municipalityCode: '2580' }]),
    user(people.analyst, [{ role: 'analyst' }]),
  ];
}

export function findUserByEmail(email: string) {
  return accessData.users.find((user) => user.email === email.trim().toLowerCase());
}

/** Starts the test signed in, as if the browser held that person's session cookie. */
export function signInAs(name: PersonName) {
  const user = findUserByEmail(people[name].email);
  if (!user) throw new Error(`No person ${name} in the mock data.`);
  accessData.sessionUserId = user.id;
  return user;
}

export function sessionUser(): StoredUser | undefined {
  return accessData.users.find((user) => user.id === accessData.sessionUserId && user.active);
}

/** The user as the API shows them: without the password. */
export function publicUser({ password: _password, ...user }: StoredUser): User {
  return user;
}

/** The token as the API shows it: without the value. */
export function publicToken({ value: _value, ...token }: StoredToken): ApiToken {
  return token;
}

export function recordEvent(event: Omit<AuditEvent, 'id' | 'occurredAt' | 'changes'> & Partial<AuditEvent>) {
  accessData.events.unshift({
    id: accessData.events.length + 1,
    occurredAt: new Date().toISOString(),
    changes: {},
    ...event,
  });
}
