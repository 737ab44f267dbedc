import type { components } from '@/lib/api/schema';
import type { Me } from './get-me';

type Scope = components['schemas']['Scope'];

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

/** Whether the caller (a session, or a token with the scope) may act with the given token scope. */
function allows(me: Me, scope: Scope) {
  return !me.scopes || me.scopes.includes(scope);
}

/** May read the municipality's detailed figures (reported lines, workforce): its editors, its county's coordinators. */
export function mayReadMunicipality(me: Me | null | undefined, municipalityCode: string): boolean {
  return Boolean(
    me &&
    allows(me, 'read') &&
    (mayEditMunicipality(me, municipalityCode) ||
      me.grants.some(
        (grant) =>
          grant.role === 'county_coordinator' && municipalityCode.startsWith(grant.countyCode ?? '-'),
      )),
  );
}

/** May read questionnaires, invitations and results: administrators, analysts and county coordinators. */
export function mayReadSurveys(me: Me | null | undefined): boolean {
  return Boolean(
    me &&
    allows(me, 'read') &&
    (holds(me, 'admin') || holds(me, 'analyst') || holds(me, 'county_coordinator')),
  );
}

/** May build and send questionnaires: national ones (administrators) or their county's (its coordinators). */
export function mayManageSomeSurveys(me: Me | null | undefined): boolean {
  return Boolean(
    me &&
    ((holds(me, 'admin') && (allows(me, 'admin') || allows(me, 'surveys:manage'))) ||
      (holds(me, 'county_coordinator') && allows(me, 'surveys:manage'))),
  );
}

/** May manage a questionnaire or campaign owned by the county (absent: a national one). */
export function mayManageSurveysOf(me: Me | null | undefined, ownerCountyCode: string | undefined): boolean {
  if (!me) return false;
  if (holds(me, 'admin') && (allows(me, 'admin') || allows(me, 'surveys:manage'))) return true;
  return Boolean(
    ownerCountyCode &&
    allows(me, 'surveys:manage') &&
    me.grants.some((grant) => grant.role === 'county_coordinator' && grant.countyCode === ownerCountyCode),
  );
}

/** May write some action plans (and learning examples): administrators, county coordinators, municipality editors. */
export function mayWriteSomePlans(me: Me | null | undefined): boolean {
  return Boolean(
    me &&
    (allows(me, 'plans:write') || isAdmin(me)) &&
    (holds(me, 'admin') || holds(me, 'county_coordinator') || holds(me, 'municipality_editor')),
  );
}

/** May write the plans of an owner: the national level (administrators), a county (its coordinators), a municipality. */
export function mayWritePlansOf(
  me: Me | null | undefined,
  owner: { ownerLevel: string; countyCode?: string; municipalityCode?: string },
): boolean {
  if (!me || !(allows(me, 'plans:write') || isAdmin(me))) return false;
  if (holds(me, 'admin')) return true;
  if (owner.ownerLevel === 'county') {
    return me.grants.some(
      (grant) => grant.role === 'county_coordinator' && grant.countyCode === owner.countyCode,
    );
  }
  return owner.ownerLevel === 'municipality' && mayEditMunicipality(me, owner.municipalityCode ?? '');
}

/** The counties the person coordinates. */
export function coordinatedCounties(me: Me | null | undefined): string[] {
  return (me?.grants ?? []).flatMap((grant) =>
    grant.role === 'county_coordinator' && grant.countyCode ? [grant.countyCode] : [],
  );
}

/** The name to greet the person by. */
export function displayName(me: Me): string {
  return me.user?.displayName ?? me.user?.email ?? '';
}
