import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient, dataOf } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

type Schemas = components['schemas'];
export type WorkforceFigure = Schemas['WorkforceFigure'];
export type WorkforceBatch = Schemas['WorkforceBatch'];
export type ReportedWorkforceFigure = Schemas['ReportedWorkforceFigure'];
export type WorkforceFigurePage = Schemas['WorkforceFigurePage'];
export type WorkforceBatchResult = Schemas['CostBatchResult'];
export type WorkforceSource = WorkforceBatch['source'];

/** Figures per page of the list; the API takes at most 100. */
export const WORKFORCE_PAGE_SIZE = 50;

export const workforceQueryKey = ['workforce'] as const;

/** A page of the municipality's workforce figures of one year; the page shown stays while the next loads. */
export function useWorkforceFigures(municipalityCode: string, year: number, page: number) {
  return useQuery({
    queryKey: [...workforceQueryKey, 'figures', municipalityCode, year, page] as const,
    queryFn: async ({ signal }) =>
      dataOf(
        await apiClient.GET('/api/v1/municipalities/{code}/workforce-figures', {
          params: {
            path: { code: municipalityCode },
            query: { year, page, size: WORKFORCE_PAGE_SIZE },
          },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export type ReportWorkforceFigures = {
  lines: WorkforceFigure[];
  idempotencyKey: string;
  source: WorkforceSource;
};

/** Reports a batch of workforce figures (typed in or from a file): stored all together or not at all. */
export function useReportWorkforceFigures(municipalityCode: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...workforceQueryKey, 'report', municipalityCode],
    // The key makes a retry of the same batch (a lost answer, a second click) store once.
    mutationFn: async ({ lines, idempotencyKey, source }: ReportWorkforceFigures) =>
      dataOf(
        await apiClient.POST('/api/v1/municipalities/{code}/workforce-figures', {
          params: { path: { code: municipalityCode }, header: { 'Idempotency-Key': idempotencyKey } },
          body: { source, lines },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: workforceQueryKey }),
  });
}
