import { useMutation } from '@tanstack/react-query';
import { apiClient, dataOf } from '@/lib/api/client';
import { saveFile } from '@/utils/save-file';

/** The municipalities that have not submitted (optionally one county's), as CSV for a mail merge. */
export async function downloadReminderCsv(id: string, county?: string) {
  return dataOf(
    await apiClient.GET('/api/v1/questionnaires/{questionnaireId}/invitations', {
      params: { path: { questionnaireId: id }, query: { notSubmitted: true, ...(county && { county }) } },
      headers: { Accept: 'text/csv' },
      parseAs: 'blob',
    }),
  );
}

export function reminderFileName(county?: string) {
  return county ? `paminnelser-lan-${county}.csv` : 'paminnelser.csv';
}

export function useDownloadReminderCsv(id: string) {
  return useMutation({
    mutationKey: ['surveys', 'invitations', 'reminders', id],
    mutationFn: async (county?: string) => {
      saveFile(await downloadReminderCsv(id, county), reminderFileName(county));
    },
  });
}
