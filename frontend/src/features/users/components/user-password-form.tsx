import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/error-alert';
import { Field } from '@/components/ui/field';
import { violationFor } from '@/lib/api/api-error';
import { useFocusFirstInvalid } from '@/utils/use-focus-first-invalid';
import { useUpdateUser } from '../api/update-user';
import { minPasswordLength } from './user-create-form';
import { SubmitButton } from '@/components/ui/submit-button';

/** Sets a new password for a person (who is then signed out everywhere), on the person's revision as loaded. */
export function UserPasswordForm({ userId, revision }: { userId: string; revision: number }) {
  const { t } = useTranslation();
  const update = useUpdateUser(userId);
  const form = useRef<HTMLFormElement>(null);
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<{ password?: string }>({});
  useFocusFirstInvalid(form, errors);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const tooShort = password.length < minPasswordLength;
    setErrors(tooShort ? { password: t('changePassword.tooShort', { count: minPasswordLength }) } : {});
    if (!tooShort) {
      update.mutate({ revision, update: { password } }, { onSuccess: () => setPassword('') });
    }
  };

  return (
    <>
      <p role="status" className="status-message">
        {update.isSuccess ? t('users.password.changed') : ''}
      </p>
      {update.isError && <ErrorAlert error={update.error} shownAtFields={['password']} />}
      <form ref={form} className="form form-inline" noValidate onSubmit={submit}>
        <Field
          label={t('users.password.label')}
          hint={t('users.create.passwordHint', { count: minPasswordLength })}
          error={errors.password ?? violationFor(update.error, 'password')}
        >
          {(control) => (
            <input
              {...control}
              type="password"
              autoComplete="new-password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
          )}
        </Field>
        <SubmitButton pending={update.isPending} label={t('users.password.submit')} />
      </form>
    </>
  );
}
