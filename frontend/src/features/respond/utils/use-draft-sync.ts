import { useEffect, useState, useSyncExternalStore } from 'react';
import { getRespondentForm, saveDraftAnswers, submitAnswers } from '../api/respondent-api';
import type { RespondentForm } from '../api/types';
import { DraftSync, localBackup } from './draft-sync';

/** The answers of a respondent link, kept in step with the server (see DraftSync), and their state. */
export function useDraftSync(token: string, form: RespondentForm) {
  const [sync] = useState(
    () =>
      new DraftSync(
        form,
        {
          load: () => getRespondentForm(token),
          // keepalive when the page is going away: the browser completes the save after it is gone.
          save: (revision, answers, options) => saveDraftAnswers(token, revision, answers, options),
          submit: (revision, answers) => submitAnswers(token, revision, answers),
        },
        localBackup(`${form.questionnaireId}.${form.municipality.code}`),
      ),
  );
  const state = useSyncExternalStore(sync.subscribe, sync.getState);

  useEffect(() => {
    sync.resume();
    const online = () => void sync.saveNow();
    // The page is hidden (another tab, the phone locked) or closed: what waits is sent now, with keepalive. On a
    // phone a hidden page may never run again, and pagehide is the last event a closing page is sure to get.
    const leaving = () => void sync.saveNow({ keepalive: true });
    const visibility = () => {
      if (document.visibilityState === 'hidden') leaving();
    };
    // Closing with answers not yet saved: they are sent (keepalive) and kept in the backup all the same; the browser
    // asks first only when the server cannot be expected to take them (offline, refused, a conflict to settle).
    const beforeUnload = (event: BeforeUnloadEvent) => {
      const ask = sync.needsAttention;
      if (sync.hasUnsavedChanges) leaving();
      if (ask) event.preventDefault();
    };
    window.addEventListener('online', online);
    window.addEventListener('pagehide', leaving);
    document.addEventListener('visibilitychange', visibility);
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      window.removeEventListener('online', online);
      window.removeEventListener('pagehide', leaving);
      document.removeEventListener('visibilitychange', visibility);
      window.removeEventListener('beforeunload', beforeUnload);
      // Unmounted (another page of the app): what waits stays in the backup and goes when the form opens again.
      sync.pause();
    };
  }, [sync]);

  return { sync, state };
}
