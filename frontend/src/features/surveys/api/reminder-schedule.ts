import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient, dataOf } from '@/lib/api/client';

export const reminderScheduleQueryKey = (id: string) => ['surveys', 'reminder-schedule', id] as const;

/** When automatic reminders go out, in days before closing. */
export async function getReminderSchedule(id: string, signal?: AbortSignal) {
  return dataOf(
    await apiClient.GET('/api/v1/questionnaires/{questionnaireId}/reminder-schedule', {
      params: { path: { questionnaireId: id } },
      signal,
    }),
  );
}

export function useReminderSchedule(id: string) {
  return useQuery({
    queryKey: reminderScheduleQueryKey(id),
    queryFn: ({ signal }) => getReminderSchedule(id, signal),
  });
}

export async function setReminderSchedule(id: string, daysBefore: number[]) {
  return dataOf(
    await apiClient.PUT('/api/v1/questionnaires/{questionnaireId}/reminder-schedule', {
      params: { path: { questionnaireId: id } },
      body: { daysBefore },
    }),
  );
}

export function useSetReminderSchedule(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['surveys', 'reminder-schedule', 'set', id],
    mutationFn: (daysBefore: number[]) => setReminderSchedule(id, daysBefore),
    onSuccess: (schedule) => queryClient.setQueryData(reminderScheduleQueryKey(id), schedule),
  });
}
