import { startOfSwedishDay } from '@/utils/format';
import type { AuditEventParams } from '../api/list-audit-events';

export const pageSize = 50;

/** The actions the trail records (AuditEvent.action), as offered in the filter. */
export const auditActions = [
  'create',
  'update',
  'delete',
  'submit',
  'reopen',
  'import',
  'sign_in',
  'sign_in_failed',
  'sign_out',
  'password_changed',
  'token_issued',
  'token_revoked',
  'grant',
  'revoke',
] as const;
export type AuditAction = (typeof auditActions)[number];

/** The kinds of object the trail is about (AuditEvent.entityType). */
export const auditEntityTypes = ['user', 'api_token', 'municipality'] as const;
export type AuditEntityType = (typeof auditEntityTypes)[number];

export function isAuditAction(value: string): value is AuditAction {
  return auditActions.includes(value as AuditAction);
}

export function isAuditEntityType(value: string): value is AuditEntityType {
  return auditEntityTypes.includes(value as AuditEntityType);
}

/** The trail's filters as kept in the URL; dates are days (YYYY-MM-DD) in Sweden, both included. */
export type AuditFilters = {
  municipality: string;
  type: string;
  action: string;
  from: string;
  to: string;
  page: number;
};

const fields = ['municipality', 'type', 'action', 'from', 'to'] as const;
const day = /^\d{4}-\d{2}-\d{2}$/;

export const emptyFilters: AuditFilters = {
  municipality: '',
  type: '',
  action: '',
  from: '',
  to: '',
  page: 1,
};

export function readFilters(search: URLSearchParams): AuditFilters {
  const page = Number(search.get('page'));
  const filters = { ...emptyFilters, page: Number.isInteger(page) && page > 1 ? page : 1 };
  for (const field of fields) {
    filters[field] = search.get(field) ?? '';
  }
  return filters;
}

export function toSearchParams(filters: AuditFilters): URLSearchParams {
  const search = new URLSearchParams();
  for (const field of fields) {
    if (filters[field]) search.set(field, filters[field]);
  }
  if (filters.page > 1) search.set('page', String(filters.page));
  return search;
}

/** The API's query: "until" is exclusive there, so a day "to" becomes the start of the next day. */
export function toQueryParams(filters: AuditFilters): AuditEventParams {
  return {
    ...(filters.municipality && { municipality: filters.municipality }),
    ...(filters.type && { type: filters.type }),
    ...(filters.action && { action: filters.action }),
    ...(day.test(filters.from) && { since: startOfSwedishDay(filters.from) }),
    ...(day.test(filters.to) && { until: startOfSwedishDay(nextDay(filters.to)) }),
    page: filters.page,
    size: pageSize,
  };
}

function nextDay(value: string): string {
  const [year, month, date] = value.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date + 1)).toISOString().slice(0, 10);
}
