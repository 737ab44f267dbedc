import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, dataOf } from '@/lib/api/client';
import type { ApiTokenRequest } from './create-my-token';

export const createMunicipalityTokenMutationKey = (code: string) =>
  ['tokens', 'municipality', code, 'create'] as const;

/** Issues an integration token for the municipality; the answer holds its value, this once. */
export async function createMunicipalityToken(code: string, request: ApiTokenRequest) {
  return dataOf(
    await apiClient.POST('/api/v1/municipalities/{code}/tokens', {
      params: { path: { code } },
      body: request,
    }),
  );
}

export function useCreateMunicipalityToken(code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: createMunicipalityTokenMutationKey(code),
    mutationFn: (request: ApiTokenRequest) => createMunicipalityToken(code, request),
    // The value is a secret: kept no longer than the page that shows it.
    gcTime: 0,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['tokens'] }),
  });
}
