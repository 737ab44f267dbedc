import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, dataOf } from '@/lib/api/client';

export const campaignRatesQueryKey = (id: string) => ['surveys', 'campaigns', 'rates', id] as const;

export async function getCampaignResponseRates(id: string, signal?: AbortSignal) {
  return dataOf(
    await apiClient.GET('/api/v1/campaigns/{campaignId}/response-rates', {
      params: { path: { campaignId: id } },
      signal,
    }),
  );
}

export const campaignRatesQueryOptions = (id: string) =>
  queryOptions({
    queryKey: campaignRatesQueryKey(id),
    queryFn: ({ signal }) => getCampaignResponseRates(id, signal),
    // Answers come in all the time while a campaign runs.
    staleTime: 30 * 1000,
  });

export function useCampaignResponseRates(id: string) {
  return useQuery(campaignRatesQueryOptions(id));
}
