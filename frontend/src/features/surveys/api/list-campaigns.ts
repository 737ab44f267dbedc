import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, dataOf } from '@/lib/api/client';
import type { paths } from '@/lib/api/schema';

export type CampaignListParams = NonNullable<paths['/api/v1/campaigns']['get']['parameters']['query']>;

export const campaignsQueryKey = (params: CampaignListParams) =>
  ['surveys', 'campaigns', 'list', params] as const;

export async function listCampaigns(params: CampaignListParams, signal?: AbortSignal) {
  return dataOf(await apiClient.GET('/api/v1/campaigns', { params: { query: params }, signal }));
}

export const campaignsQueryOptions = (params: CampaignListParams) =>
  queryOptions({
    queryKey: campaignsQueryKey(params),
    queryFn: ({ signal }) => listCampaigns(params, signal),
  });

export function useCampaigns(params: CampaignListParams) {
  return useQuery({ ...campaignsQueryOptions(params), placeholderData: keepPreviousData });
}
