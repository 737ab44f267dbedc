import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, dataOf } from '@/lib/api/client';
import type { paths } from '@/lib/api/schema';
import { personalQuery } from '@/lib/auth/personal-data';

export type AuditEventParams = NonNullable<paths['/api/v1/audit-events']['get']['parameters']['query']>;

export const auditEventsQueryKey = (params: AuditEventParams) => ['audit', 'list', params] as const;

export async function listAuditEvents(params: AuditEventParams, signal?: AbortSignal) {
  return dataOf(await apiClient.GET('/api/v1/audit-events', { params: { query: params }, signal }));
}

export const auditEventsQueryOptions = (params: AuditEventParams) =>
  queryOptions({
    queryKey: auditEventsQueryKey(params),
    queryFn: ({ signal }) => listAuditEvents(params, signal),
    // Every change anywhere adds to the trail: always ask again when the page is opened.
    staleTime: 0,
    ...personalQuery,
  });

export function useAuditEvents(params: AuditEventParams) {
  return useQuery({ ...auditEventsQueryOptions(params), placeholderData: keepPreviousData });
}
