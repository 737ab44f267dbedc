import { useQuery } from '@tanstack/react-query';
import { apiClient, dataOf } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type AdminDashboard = components['schemas']['AdminDashboard'];

export function useAdminDashboard() {
  return useQuery({
    queryKey: ['profiles', 'dashboard'] as const,
    queryFn: async ({ signal }) => dataOf(await apiClient.GET('/api/v1/dashboard', { signal })),
  });
}
