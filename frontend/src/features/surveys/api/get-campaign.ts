import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, dataOf } from '@/lib/api/client';

export const campaignQueryKey = (id: string) => ['surveys', 'campaigns', 'detail', id] as const;

export async function getCampaign(id: string, signal?: AbortSignal) {
  return dataOf(
    await apiClient.GET('/api/v1/campaigns/{campaignId}', { params: { path: { campaignId: id } }, signal }),
  );
}

export const campaignQueryOptions = (id: string) =>
  queryOptions({ queryKey: campaignQueryKey(id), queryFn: ({ signal }) => getCampaign(id, signal) });

export function useCampaign(id: string) {
  return useQuery({ ...campaignQueryOptions(id), enabled: Boolean(id) });
}
