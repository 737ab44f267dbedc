import { keepPreviousData, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient, dataOf } from '@/lib/api/client';
import { ifMatch } from '@/lib/api/if-match';
import type { components, paths } from '@/lib/api/schema';

type Schemas = components['schemas'];
export type LearningExample = Schemas['LearningExample'];
export type LearningExamplePage = Schemas['LearningExamplePage'];
export type LearningExampleRequest = Schemas['LearningExampleRequest'];
export type RecruitmentStrategy = Schemas['RecruitmentStrategy'];

export type LearningExampleSearchParams = NonNullable<
  paths['/api/v1/learning-examples']['get']['parameters']['query']
>;

export const examplesQueryKey = ['examples'] as const;

/** A page of learning examples: ranked by how well they match q, else newest first. */
export function useLearningExamples(params: LearningExampleSearchParams) {
  return useQuery({
    queryKey: ['examples', 'search', params] as const,
    queryFn: async ({ signal }) =>
      dataOf(await apiClient.GET('/api/v1/learning-examples', { params: { query: params }, signal })),
    // The previous results stay on screen while the next ones load.
    placeholderData: keepPreviousData,
  });
}

/** One learning example; a draft is a 404 to those who may not write its owner's. */
export function useLearningExample(id: string | undefined) {
  return useQuery({
    queryKey: ['examples', 'one', id] as const,
    enabled: Boolean(id),
    queryFn: async ({ signal }) =>
      dataOf(
        await apiClient.GET('/api/v1/learning-examples/{id}', { params: { path: { id: id! } }, signal }),
      ),
  });
}

/**
 * Writes a new learning example, or (with an id) replaces one, sending the revision it was loaded at; the owner of
 * one written cannot change.
 */
export function useSaveLearningExample() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['examples', 'save'],
    mutationFn: async ({
      id,
      revision = 0,
      example,
    }: {
      id?: string;
      revision?: number;
      example: LearningExampleRequest;
    }) =>
      id
        ? dataOf(
            await apiClient.PUT('/api/v1/learning-examples/{id}', {
              params: { path: { id }, header: ifMatch(revision) },
              body: example,
            }),
          )
        : dataOf(await apiClient.POST('/api/v1/learning-examples', { body: example })),
    onSuccess: async (saved) => {
      queryClient.setQueryData(['examples', 'one', saved.id], saved);
      await queryClient.invalidateQueries({ queryKey: ['examples', 'search'] });
    },
  });
}

/** SKR's nine recruitment strategies (Sveriges viktigaste jobb, 2018). */
export function useRecruitmentStrategies() {
  return useQuery({
    queryKey: ['examples', 'recruitment-strategies'] as const,
    staleTime: Infinity,
    queryFn: async ({ signal }) => dataOf(await apiClient.GET('/api/v1/recruitment-strategies', { signal })),
  });
}

// The counties as these pages need them (the filter, the owner); the counties feature has its own.
export function useExampleCounties() {
  return useQuery({
    queryKey: ['examples', 'counties'] as const,
    staleTime: Infinity,
    queryFn: async ({ signal }) => dataOf(await apiClient.GET('/api/v1/counties', { signal })),
  });
}

const countyQuery = (code: string) => ({
  queryKey: ['examples', 'county', code] as const,
  staleTime: Infinity,
  queryFn: async ({ signal }: { signal: AbortSignal }) =>
    dataOf(await apiClient.GET('/api/v1/counties/{code}', { params: { path: { code } }, signal })),
});

/** A county with its municipalities, to choose the owner among them. */
export function useExampleCounty(code: string) {
  return useQuery({ ...countyQuery(code), enabled: Boolean(code) });
}

/** Names municipalities by their codes, from their counties (the first two digits), once those are known. */
export function useMunicipalityNames(codes: readonly string[]) {
  const counties = [...new Set(codes.map((code) => code.slice(0, 2)))];
  const results = useQueries({ queries: counties.map(countyQuery) });
  const names = new Map(
    results.flatMap((result) => (result.data?.municipalities ?? []).map((m) => [m.code, m.name] as const)),
  );
  return (code: string) => names.get(code) ?? code;
}
