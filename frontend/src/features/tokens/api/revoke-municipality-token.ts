import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';

export const revokeMunicipalityTokenMutationKey = (code: string) =>
  ['tokens', 'municipality', code, 'revoke'] as const;

export async function revokeMunicipalityToken(code: string, id: string) {
  await apiClient.DELETE('/api/v1/municipalities/{code}/tokens/{id}', { params: { path: { code, id } } });
}

export function useRevokeMunicipalityToken(code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: revokeMunicipalityTokenMutationKey(code),
    mutationFn: (id: string) => revokeMunicipalityToken(code, id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['tokens'] }),
  });
}
