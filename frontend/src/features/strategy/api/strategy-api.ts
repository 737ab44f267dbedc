import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient, dataOf } from '@/lib/api/client';
import { ifMatch } from '@/lib/api/if-match';
import type { components } from '@/lib/api/schema';

type Schemas = components['schemas'];
export type Strategy = Schemas['Strategy'];
export type StrategyMeasure = Schemas['StrategyMeasure'];
export type StrategyLevel = Schemas['StrategyLevel'];
export type ActionPlan = Schemas['ActionPlan'];
export type ActionPlanSummary = Schemas['ActionPlanSummary'];
export type ActionPlanRequest = Schemas['ActionPlanRequest'];
export type PlanGoal = Schemas['PlanGoal'];
export type PlanGoalRequest = Schemas['PlanGoalRequest'];
export type PlanActivity = Schemas['PlanActivity'];
export type PlanActivityRequest = Schemas['PlanActivityRequest'];
export type ProgressNoteRequest = Schemas['ProgressNoteRequest'];
export type PlanStatus = PlanGoal['status'];

/** The strategy the product follows today. */
export const CURRENT_STRATEGY = 'skl-2018';

export function useStrategy(code: string = CURRENT_STRATEGY) {
  return useQuery({
    queryKey: ['strategy', code] as const,
    staleTime: Infinity,
    queryFn: async ({ signal }) =>
      dataOf(await apiClient.GET('/api/v1/strategies/{code}', { params: { path: { code } }, signal })),
  });
}

export function useRecruitmentStrategyList() {
  return useQuery({
    queryKey: ['strategy', 'recruitment'] as const,
    staleTime: Infinity,
    queryFn: async ({ signal }) => dataOf(await apiClient.GET('/api/v1/recruitment-strategies', { signal })),
  });
}

export type PlanFilter = {
  level?: 'national' | 'county' | 'municipality';
  county?: string;
  municipality?: string;
};

export function usePlans(filter: PlanFilter) {
  return useQuery({
    queryKey: ['plans', 'list', filter] as const,
    queryFn: async ({ signal }) =>
      dataOf(await apiClient.GET('/api/v1/action-plans', { params: { query: filter }, signal })),
  });
}

export function usePlan(id: string) {
  return useQuery({
    queryKey: ['plans', 'one', id] as const,
    queryFn: async ({ signal }) =>
      dataOf(await apiClient.GET('/api/v1/action-plans/{id}', { params: { path: { id } }, signal })),
  });
}

export function useCreatePlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (plan: ActionPlanRequest) =>
      dataOf(await apiClient.POST('/api/v1/action-plans', { body: plan })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['plans', 'list'] }),
  });
}

/**
 * The plan's writes: each refreshes the plan (its statuses are computed by the server) and the lists. Changes and
 * deletes send the revision the page loaded (If-Match); a 412 means someone else changed it first.
 */
export function usePlanWrites(id: string) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['plans'] });
  const path = { params: { path: { id } } };
  return {
    addGoal: useMutation({
      mutationFn: async (goal: PlanGoalRequest) =>
        dataOf(await apiClient.POST('/api/v1/action-plans/{id}/goals', { ...path, body: goal })),
      onSuccess: refresh,
    }),
    addActivity: useMutation({
      mutationFn: async (activity: PlanActivityRequest) =>
        dataOf(await apiClient.POST('/api/v1/action-plans/{id}/activities', { ...path, body: activity })),
      onSuccess: refresh,
    }),
    updateActivity: useMutation({
      mutationFn: async ({
        activityId,
        revision,
        activity,
      }: {
        activityId: string;
        revision: number;
        activity: PlanActivityRequest;
      }) =>
        dataOf(
          await apiClient.PUT('/api/v1/action-plans/{id}/activities/{activityId}', {
            params: { path: { id, activityId }, header: ifMatch(revision) },
            body: activity,
          }),
        ),
      onSuccess: refresh,
    }),
    deleteGoal: useMutation({
      mutationFn: async ({ goalId, revision }: { goalId: string; revision: number }) => {
        await apiClient.DELETE('/api/v1/action-plans/{id}/goals/{goalId}', {
          params: { path: { id, goalId }, header: ifMatch(revision) },
        });
      },
      onSuccess: refresh,
    }),
    deleteActivity: useMutation({
      mutationFn: async ({ activityId, revision }: { activityId: string; revision: number }) => {
        await apiClient.DELETE('/api/v1/action-plans/{id}/activities/{activityId}', {
          params: { path: { id, activityId }, header: ifMatch(revision) },
        });
      },
      onSuccess: refresh,
    }),
    addNote: useMutation({
      mutationFn: async ({ activityId, note }: { activityId: string; note: ProgressNoteRequest }) =>
        dataOf(
          await apiClient.POST('/api/v1/action-plans/{id}/activities/{activityId}/notes', {
            params: { path: { id, activityId } },
            body: note,
          }),
        ),
      onSuccess: refresh,
    }),
  };
}

/** An activity as a request again, e.g. to change only its progress. */
export function activityRequest(activity: PlanActivity): PlanActivityRequest {
  return {
    goalId: activity.goalId,
    title: activity.title,
    description: activity.description,
    owner: activity.owner,
    startDate: activity.startDate,
    dueDate: activity.dueDate,
    status: activity.progress,
    strategyActions: activity.strategyActions,
    strategyGoals: activity.strategyGoals,
    recruitmentStrategies: activity.recruitmentStrategies,
  };
}
