import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '@/lib/i18n/translation';
import { ErrorAlert } from '@/components/ui/error-alert';
import { Field } from '@/components/ui/field';
import { violationFor } from '@/lib/api/api-error';
import { formatDateTime } from '@/utils/format';
import { useFocusFirstInvalid } from '@/utils/use-focus-first-invalid';
import { saveRespondentContact } from '../api/respondent-api';
import type { ContactUpdate, InvitationContact } from '../api/types';

type Values = { name: string; email: string; phone: string };
type Errors = Partial<Record<keyof Values, string>>;

/**
 * Who to ask about the answers: kept with the invitation, apart from the answers (not in exports or results), and
 * editable while the questionnaire is open, also after submitting.
 */
export function ContactForm({
  token,
  contact,
  disabled,
}: {
  token: string;
  contact?: InvitationContact;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const form = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<Values>({
    name: contact?.name ?? '',
    email: contact?.email ?? '',
    phone: contact?.phone ?? '',
  });
  const [errors, setErrors] = useState<Errors>({});
  const [savedAt, setSavedAt] = useState<string | undefined>(contact?.updatedAt);
  useFocusFirstInvalid(form, errors);
  const save = useSave((update: ContactUpdate) => saveRespondentContact(token, update), setSavedAt);

  const set = (field: keyof Values) => (event: React.ChangeEvent<HTMLInputElement>) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const email = values.email.trim();
    const phone = values.phone.trim();
    const found: Errors = {
      ...(email && !/^[^\s@]+@[^\s@]+$/.test(email) && { email: t('respond.contact.emailInvalid') }),
      ...(phone && !/^[0-9+()\- ]{3,40}$/.test(phone) && { phone: t('respond.contact.phoneInvalid') }),
    };
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    save.mutate({ name: values.name.trim(), email, phone });
  };

  const fieldError = (field: keyof Values) => errors[field] ?? violationFor(save.error, field);

  return (
    <section className="respond-contact" aria-labelledby="respond-contact-title">
      <h2 id="respond-contact-title">{t('respond.contact.title')}</h2>
      <p className="field-hint">{t('respond.contact.explain')}</p>
      {save.isError && <ErrorAlert error={save.error} shownAtFields={['name', 'email', 'phone']} />}
      <form ref={form} className="form" noValidate onSubmit={submit}>
        <Field label={t('respond.contact.name')} error={fieldError('name')}>
          {(control) => (
            <input
              {...control}
              type="text"
              autoComplete="name"
              maxLength={200}
              value={values.name}
              onChange={set('name')}
              disabled={disabled}
            />
          )}
        </Field>
        <Field label={t('respond.contact.email')} error={fieldError('email')}>
          {(control) => (
            <input
              {...control}
              type="email"
              autoComplete="email"
              spellCheck={false}
              maxLength={254}
              value={values.email}
              onChange={set('email')}
              disabled={disabled}
            />
          )}
        </Field>
        <Field
          label={t('respond.contact.phone')}
          hint={t('respond.contact.phoneHint')}
          error={fieldError('phone')}
        >
          {(control) => (
            <input
              {...control}
              type="tel"
              autoComplete="tel"
              maxLength={40}
              value={values.phone}
              onChange={set('phone')}
              disabled={disabled}
            />
          )}
        </Field>
        <div className="form-actions">
          <button type="submit" className="button button-secondary" disabled={disabled || save.isPending}>
            {save.isPending ? t('common.saving') : t('respond.contact.save')}
          </button>
          <p className="save-status muted" role="status">
            {save.isSuccess && savedAt ? t('respond.contact.savedAt', { time: formatDateTime(savedAt) }) : ''}
          </p>
        </div>
      </form>
    </section>
  );
}

/** A save in progress, done or refused: the few states the form shows (a useMutation without TanStack Query). */
function useSave(
  send: (update: ContactUpdate) => Promise<InvitationContact>,
  onSaved: (updatedAt: string | undefined) => void,
) {
  const [state, setState] = useState<{ status: 'idle' | 'pending' | 'success' | 'error'; error?: unknown }>({
    status: 'idle',
  });
  return {
    isPending: state.status === 'pending',
    isSuccess: state.status === 'success',
    isError: state.status === 'error',
    error: state.error,
    mutate: (update: ContactUpdate) => {
      setState({ status: 'pending' });
      send(update).then(
        (saved) => {
          onSaved(saved.updatedAt);
          setState({ status: 'success' });
        },
        (error: unknown) => setState({ status: 'error', error }),
      );
    },
  };
}
