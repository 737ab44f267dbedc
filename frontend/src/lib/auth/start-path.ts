import { appPaths } from '@/lib/app-paths';
import type { Me } from './get-me';

/**
 * Where a signed-in person starts: an administrator on the dashboard of what needs attention, a county coordinator
 * on their county's profile, a municipality's editor on its profile, an analyst on the surveys (they read every
 * survey's results); anyone else on the list of municipalities. The first grant of its kind decides.
 */
export function startPath(me: Me): string {
  const grant = (role: Me['grants'][number]['role']) =>
    me.grants.find((candidate) => candidate.role === role);
  if (grant('admin')) return appPaths.dashboard;
  const coordinator = grant('county_coordinator');
  if (coordinator?.countyCode) return appPaths.county(coordinator.countyCode);
  const editor = grant('municipality_editor');
  if (editor?.municipalityCode) return appPaths.municipality(editor.municipalityCode);
  if (grant('analyst')) return appPaths.surveys;
  return appPaths.municipalities;
}
