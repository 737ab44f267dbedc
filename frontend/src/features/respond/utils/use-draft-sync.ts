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
          save: (revision, answers) => saveDraftAnswers(token, revision, answers),
          submit: (revision, answers) => submitAnswers(token, revision, answers),
        },
        localBackup(`${form.questionnaireId}.${form.municipality.code}`),
      ),
  );
  const state = useSyncExternalStore(sync.subscribe, sync.getState);

  useEffect(() => {
    sync.resume();
    const online = () => void sync.saveNow();
    // Leaving with answers not yet saved: the browser asks first (they are in the backup all the same).
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (sync.hasUnsavedChanges) event.preventDefault();
    };
    window.addEventListener('online', online);
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      window.removeEventListener('online', online);
      window.removeEventListener('beforeunload', beforeUnload);
      sync.pause();
    };
  }, [sync]);

  return { sync, state };
}
