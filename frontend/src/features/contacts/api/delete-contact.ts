import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { ifMatch } from '@/lib/api/if-match';

/** Removes a contact person; e-mails still queued for them are not sent. */
export async function deleteContact(code: string, id: string, version: number) {
  await apiClient.DELETE('/api/v1/municipalities/{code}/contacts/{id}', {
    params: { path: { code, id }, header: ifMatch(version) },
  });
}

export function useDeleteContact(code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['contacts', 'delete', code],
    mutationFn: ({ id, version }: { id: string; version: number }) => deleteContact(code, id, version),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['contacts', code] }),
  });
}
