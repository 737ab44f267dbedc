import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, dataOf } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type Publication = components['schemas']['Publication'];
export type PublicationRequest = components['schemas']['PublicationRequest'];

/** Publishes figures or survey results; the profiles show them to anyone afterwards. */
export function usePublish() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (request: PublicationRequest) =>
      dataOf(await apiClient.POST('/api/v1/publications', { body: request })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['profiles'] }),
  });
}

/** Withdraws a publication: anonymous visitors no longer see what it published. */
export function useWithdrawPublication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => {
      // The client's middleware turns a problem into an ApiError.
      await apiClient.DELETE('/api/v1/publications/{id}', { params: { path: { id } } });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['profiles'] }),
  });
}
