import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/error-alert';
import { Field } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { useFocusFirstInvalid } from '@/utils/use-focus-first-invalid';
import { useReopenResponse } from '../api/reopen-response';
import type { Invitation } from '../api/types';

/** Reopens a submitted response, with the reason (which the audit trail keeps). */
export function ReopenForm({
  invitation,
  onDone,
}: {
  invitation: Invitation;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const reopen = useReopenResponse(invitation.questionnaireId);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ reason?: string }>({});
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, errors);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = reason.trim() ? {} : { reason: t('surveys.invitations.reopenRequired') };
    setErrors(found);
    if (found.reason) return;
    reopen.mutate(
      { invitationId: invitation.id, reason: reason.trim() },
      { onSuccess: () => onDone(t('surveys.invitations.reopened', { name: invitation.municipalityName })) },
    );
  };

  return (
    <form
      ref={form}
      className="form"
      onSubmit={submit}
      noValidate
      aria-label={t('surveys.invitations.reopenFor', { name: invitation.municipalityName })}
    >
      {reopen.isError && <ErrorAlert error={reopen.error} shownAtFields={['reason']} />}
      <Field
        label={t('surveys.invitations.reopenReason')}
        hint={t('surveys.invitations.reopenHint')}
        error={errors.reason}
      >
        {(control) => (
          <textarea
            {...control}
            rows={2}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        )}
      </Field>
      <SubmitButton pending={reopen.isPending} label={t('surveys.invitations.reopenSubmit')} />
    </form>
  );
}
