import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, dataOf } from '@/lib/api/client';

/** Adds or updates contacts from a CSV file (all or nothing); rows may name other municipalities (kommunkod). */
export async function importContacts(code: string, csv: string) {
  return dataOf(
    await apiClient.POST('/api/v1/municipalities/{code}/contacts/import', {
      params: { path: { code } },
      body: csv,
      bodySerializer: (body: string) => body,
      headers: { 'Content-Type': 'text/csv; charset=utf-8' },
    }),
  );
}

export function useImportContacts(code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['contacts', 'import', code],
    mutationFn: (csv: string) => importContacts(code, csv),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['contacts'] }),
  });
}
