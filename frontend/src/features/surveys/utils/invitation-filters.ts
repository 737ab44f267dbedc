import type { InvitationListParams } from '../api/list-invitations';
import type { InvitationStatus } from '../api/types';

export const invitationStatuses: readonly InvitationStatus[] = [
  'not_started',
  'started',
  'submitted',
  'revoked',
];
export const invitationPageSize = 50;

/** The invitation board's filters and page, kept in the URL. */
export type InvitationFilters = { status: InvitationStatus | ''; county: string; page: number };

export function readInvitationFilters(search: URLSearchParams): InvitationFilters {
  const status = search.get('status') as InvitationStatus | null;
  const county = search.get('county') ?? '';
  const page = Number(search.get('page'));
  return {
    status: status && invitationStatuses.includes(status) ? status : '',
    county: /^[0-9]{2}$/.test(county) ? county : '',
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

export function invitationSearchParams(filters: InvitationFilters): URLSearchParams {
  const search = new URLSearchParams();
  if (filters.status) search.set('status', filters.status);
  if (filters.county) search.set('county', filters.county);
  if (filters.page > 1) search.set('page', String(filters.page));
  return search;
}

export function invitationListParams(filters: InvitationFilters): InvitationListParams {
  return {
    ...(filters.status && { status: filters.status }),
    ...(filters.county && { county: filters.county }),
    page: filters.page,
    size: invitationPageSize,
  };
}
