import type { Me } from './get-me';

// The same rules the backend's Caller applies; the API still decides, these only choose what to show.

function holds(me: Me, role: Me['grants'][number]['role']) {
  return me.grants.some((grant) => grant.role === role);
}

/** An administrator (through a token only with the admin scope, as the backend has it). */
export function isAdmin(me: Me | null | undefined): boolean {
  return Boolean(me && holds(me, 'admin') && (!me.scopes || me.scopes.includes('admin')));
}

/** May change the municipality's data and its integration tokens: its editors and administrators. */
export function mayEditMunicipality(me: Me | null | undefined, municipalityCode: string): boolean {
  return Boolean(
    me &&
    (holds(me, 'admin') ||
      me.grants.some(
        (grant) => grant.role === 'municipality_editor' && grant.municipalityCode === municipalityCode,
      )),
  );
}

/** The name to greet the person by. */
export function displayName(me: Me): string {
  return me.user?.displayName ?? me.user?.email ?? '';
}
