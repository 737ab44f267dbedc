import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, dataOf } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { municipalityQueryKey } from './get-municipality';

export type MunicipalityUpdate = components['schemas']['MunicipalityUpdate'];

export const updateMunicipalityMutationKey = (code: string) => ['municipalities', 'update', code] as const;

/** Changes a municipality's reference data (administrators); answers the changed municipality. */
export async function updateMunicipality(code: string, update: MunicipalityUpdate) {
  return dataOf(
    await apiClient.PATCH('/api/v1/municipalities/{code}', { params: { path: { code } }, body: update }),
  );
}

export function useUpdateMunicipality(code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: updateMunicipalityMutationKey(code),
    mutationFn: (update: MunicipalityUpdate) => updateMunicipality(code, update),
    onSuccess: (municipality) => {
      queryClient.setQueryData(municipalityQueryKey(code), municipality);
      return queryClient.invalidateQueries({ queryKey: ['municipalities', 'list'] });
    },
  });
}
