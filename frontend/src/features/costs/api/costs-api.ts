import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient, dataOf } from '@/lib/api/client';
import { ifMatch } from '@/lib/api/if-match';
import type { components } from '@/lib/api/schema';

type Schemas = components['schemas'];
export type CostLine = Schemas['CostLine'];
export type CostBatchResult = Schemas['CostBatchResult'];
export type HiredStaffShares = Schemas['HiredStaffShares'];
export type ShareFigures = Schemas['HiredStaffShare'];
export type MunicipalityShare = Schemas['MunicipalityShare'];
export type TargetStatus = Schemas['TargetStatus'];
export type TargetRequest = Schemas['TargetRequest'];
export type KpiValue = Schemas['KpiValue'];
export type ReportedCostLine = Schemas['ReportedCostLine'];

export type ShareSelection = { year: number; county?: string; municipality?: string };

export const sharesQueryOptions = ({ year, county, municipality }: ShareSelection) =>
  queryOptions({
    queryKey: ['costs', 'shares', year, county ?? null, municipality ?? null] as const,
    queryFn: async ({ signal }) =>
      dataOf(
        await apiClient.GET('/api/v1/hired-staff-shares', {
          params: { query: { year, county, municipality: municipality ? [municipality] : undefined } },
          signal,
        }),
      ),
  });

export function useShares(selection: ShareSelection) {
  return useQuery(sharesQueryOptions(selection));
}

export function useMunicipalityShares(year: number) {
  return useQuery({
    queryKey: ['costs', 'shares', 'municipalities', year] as const,
    queryFn: async ({ signal }) =>
      dataOf(
        await apiClient.GET('/api/v1/hired-staff-shares/municipalities', {
          params: { query: { year } },
          signal,
        }),
      ),
  });
}

/** Sweden's municipality borders (GeoJSON, `properties.code` the SCB code); see public/geo/README.md. */
export type MunicipalityBorders = {
  type: 'FeatureCollection';
  features: { type: 'Feature'; properties: { code: string; name: string; county_code: string } }[];
};

/** The municipality borders for the map, a static file of the app fetched once. */
export function useMunicipalityBorders() {
  return useQuery({
    queryKey: ['costs', 'borders'] as const,
    staleTime: Infinity,
    queryFn: async ({ signal }): Promise<MunicipalityBorders> => {
      const response = await fetch(new URL('/geo/municipalities.geo.json', window.location.origin), {
        signal,
      });
      if (!response.ok) throw new Error(`Municipality borders: HTTP ${response.status}`);
      return (await response.json()) as MunicipalityBorders;
    },
  });
}

/** Reports a batch of cost lines from a file: stored all together or not at all. */
export function useReportCostLines(municipalityCode: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['costs', 'report', municipalityCode],
    // The key makes a retry of the same upload (a lost answer, a second click) store once.
    mutationFn: async ({ lines, idempotencyKey }: { lines: CostLine[]; idempotencyKey: string }) =>
      dataOf(
        await apiClient.POST('/api/v1/municipalities/{code}/cost-lines', {
          params: { path: { code: municipalityCode }, header: { 'Idempotency-Key': idempotencyKey } },
          body: { source: 'file', lines },
        }),
      ),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['costs', 'shares'] }),
        queryClient.invalidateQueries({ queryKey: ['costs', 'targets'] }),
        queryClient.invalidateQueries({ queryKey: ['costs', 'lines'] }),
      ]),
  });
}

export function useTargets(municipalityCode: string) {
  return useQuery({
    queryKey: ['costs', 'targets', municipalityCode] as const,
    queryFn: async ({ signal }) =>
      dataOf(
        await apiClient.GET('/api/v1/municipalities/{code}/targets', {
          params: { path: { code: municipalityCode } },
          signal,
        }),
      ),
  });
}

/** Sets (or changes) a target for the hired-staff share: revision 0 for a new one, else the one loaded. */
export function useSetTarget(municipalityCode: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['costs', 'targets', 'set', municipalityCode],
    mutationFn: async ({ target, revision }: { target: TargetRequest; revision: number }) =>
      dataOf(
        await apiClient.PUT('/api/v1/municipalities/{code}/targets', {
          params: { path: { code: municipalityCode }, header: ifMatch(revision) },
          body: target,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['costs', 'targets', municipalityCode] }),
  });
}

/** The hired-staff share per year of some regions (a municipality, 00 + a county code, 0000 the country). */
export function useShareSeries(from: number, to: number, regions: string[]) {
  return useQuery({
    queryKey: ['costs', 'shares', 'series', from, to, regions] as const,
    queryFn: async ({ signal }) =>
      dataOf(
        await apiClient.GET('/api/v1/hired-staff-shares/series', {
          params: { query: { fromYear: from, toYear: to, region: regions } },
          signal,
        }),
      ) as KpiValue[],
  });
}

/** A page of the municipality's cost lines of a year, with where each came from. */
export function useCostLines(municipalityCode: string, year: number, page: number) {
  return useQuery({
    queryKey: ['costs', 'lines', municipalityCode, year, page] as const,
    queryFn: async ({ signal }) =>
      dataOf(
        await apiClient.GET('/api/v1/municipalities/{code}/cost-lines', {
          params: { path: { code: municipalityCode }, query: { year, page, size: 20 } },
          signal,
        }),
      ),
  });
}

/** Every version of one cost line, the current one first. */
export function useCostLineHistory(municipalityCode: string, id: number | undefined) {
  return useQuery({
    queryKey: ['costs', 'lines', municipalityCode, 'history', id] as const,
    enabled: id !== undefined,
    queryFn: async ({ signal }) =>
      dataOf(
        await apiClient.GET('/api/v1/municipalities/{code}/cost-lines/{id}/history', {
          params: { path: { code: municipalityCode, id: id! } },
          signal,
        }),
      ),
  });
}

/** Reports one cost line typed in by hand (source manual). */
export function useReportCostLine(municipalityCode: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['costs', 'report-one', municipalityCode],
    mutationFn: async (line: CostLine) =>
      dataOf(
        await apiClient.POST('/api/v1/municipalities/{code}/cost-lines', {
          params: { path: { code: municipalityCode } },
          body: { source: 'manual', lines: [line] },
        }),
      ),
    onSuccess: () =>
      Promise.all(
        ['shares', 'targets', 'lines'].map((part) =>
          queryClient.invalidateQueries({ queryKey: ['costs', part] }),
        ),
      ),
  });
}
