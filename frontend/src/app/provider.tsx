import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useCallback, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { ReloadAllContext } from '@/components/ui/error-alert';
import { i18n } from '@/lib/i18n/i18n';

export function AppProvider({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  // After a 412, "load the current version" fetches every query anew (ErrorAlert).
  const reloadAll = useCallback(() => void queryClient.invalidateQueries(), [queryClient]);
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <ReloadAllContext.Provider value={reloadAll}>{children}</ReloadAllContext.Provider>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
