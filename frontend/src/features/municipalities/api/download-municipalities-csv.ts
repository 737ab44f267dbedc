import { useMutation } from '@tanstack/react-query';
import { apiClient, dataOf } from '@/lib/api/client';
import { saveFile } from '@/utils/save-file';
import type { MunicipalityListParams } from './list-municipalities';

/** The filters of a list; the CSV holds every row that matches, not one page. */
export type MunicipalityCsvParams = Omit<MunicipalityListParams, 'page' | 'size'>;

export const municipalitiesCsvMutationKey = ['municipalities', 'csv'] as const;

export async function downloadMunicipalitiesCsv(params: MunicipalityCsvParams) {
  return dataOf(
    await apiClient.GET('/api/v1/municipalities', {
      params: { query: params },
      headers: { Accept: 'text/csv' },
      parseAs: 'blob',
    }),
  );
}

export function csvFileName(params: MunicipalityCsvParams) {
  return params.county ? `kommuner-lan-${params.county}.csv` : 'kommuner.csv';
}

export function useDownloadMunicipalitiesCsv() {
  return useMutation({
    mutationKey: municipalitiesCsvMutationKey,
    mutationFn: async (params: MunicipalityCsvParams) => {
      saveFile(await downloadMunicipalitiesCsv(params), csvFileName(params));
    },
  });
}
