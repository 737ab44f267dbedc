import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient, dataOf } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

type Schemas = components['schemas'];
export type StrategyOverview = Schemas['StrategyOverview'];
export type StrategyCountyOverview = Schemas['StrategyCountyOverview'];
export type StrategyActionUse = Schemas['StrategyActionUse'];

/** The strategy's use per county (or in one county), and its actions by number of plan activities. */
export function useStrategyOverview(county: string) {
  return useQuery({
    queryKey: ['overview', 'strategy', county || null] as const,
    queryFn: async ({ signal }) =>
      dataOf(
        await apiClient.GET('/api/v1/strategy-overview', {
          params: { query: county ? { county } : {} },
          signal,
        }),
      ),
    // The previous county's figures stay on screen while the next ones load.
    placeholderData: keepPreviousData,
  });
}

// The county list as this page needs it (the choice of county); the counties feature has its own.
export function useOverviewCounties() {
  return useQuery({
    queryKey: ['overview', 'counties'] as const,
    staleTime: Infinity,
    queryFn: async ({ signal }) => dataOf(await apiClient.GET('/api/v1/counties', { signal })),
  });
}
