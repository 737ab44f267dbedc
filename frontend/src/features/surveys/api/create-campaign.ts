import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, dataOf } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { campaignQueryKey } from './get-campaign';

export type CampaignRequest = components['schemas']['CampaignRequest'];

export async function createCampaign(campaign: CampaignRequest) {
  return dataOf(await apiClient.POST('/api/v1/campaigns', { body: campaign }));
}

export function useCreateCampaign() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['surveys', 'campaigns', 'create'],
    mutationFn: createCampaign,
    onSuccess: (campaign) => {
      queryClient.setQueryData(campaignQueryKey(campaign.id), campaign);
      return queryClient.invalidateQueries({ queryKey: ['surveys', 'campaigns', 'list'] });
    },
  });
}
