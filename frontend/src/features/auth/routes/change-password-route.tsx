import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/error-alert';
import { Field } from '@/components/ui/field';
import { violationFor } from '@/lib/api/api-error';
import { useDocumentTitle } from '@/utils/use-document-title';
import { useFocusFirstInvalid } from '@/utils/use-focus-first-invalid';
import { useChangePassword } from '../api/change-password';
import { SubmitButton } from '@/components/ui/submit-button';

/** The API's rule for a new password (PasswordChange.newPassword). */
const minLength = 12;

type Fields = 'currentPassword' | 'newPassword' | 'repeatPassword';
type Errors = Partial<Record<Fields, string>>;

export function ChangePasswordRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('changePassword.title'));
  const change = useChangePassword();
  const form = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<Record<Fields, string>>({
    currentPassword: '',
    newPassword: '',
    repeatPassword: '',
  });
  const [errors, setErrors] = useState<Errors>({});
  useFocusFirstInvalid(form, errors);

  const set = (field: Fields) => (event: React.ChangeEvent<HTMLInputElement>) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Errors = {
      ...(!values.currentPassword && { currentPassword: t('changePassword.currentRequired') }),
      ...(values.newPassword.length < minLength && {
        newPassword: t('changePassword.tooShort', { count: minLength }),
      }),
      ...(values.repeatPassword !== values.newPassword && {
        repeatPassword: t('changePassword.mismatch'),
      }),
    };
    setErrors(found);
    if (Object.keys(found).length > 0) {
      return;
    }
    change.mutate(
      { currentPassword: values.currentPassword, newPassword: values.newPassword },
      {
        onSuccess: () => setValues({ currentPassword: '', newPassword: '', repeatPassword: '' }),
        // The API names the field it refused; focus goes there.
        onError: () => setErrors({}),
      },
    );
  };

  const serverError = (field: Fields) => {
    const message = violationFor(change.error, field);
    // The one refusal a person can fix here gets words of their language.
    return field === 'currentPassword' && message ? t('changePassword.currentWrong') : message;
  };
  const fieldError = (field: Fields) => errors[field] ?? serverError(field);

  return (
    <>
      <h1>{t('changePassword.title')}</h1>
      <p className="lead">{t('changePassword.intro')}</p>
      <p role="status" className="status-message">
        {change.isSuccess ? t('changePassword.changed') : ''}
      </p>
      {change.isError && (
        <ErrorAlert error={change.error} shownAtFields={['currentPassword', 'newPassword']} />
      )}
      <form ref={form} className="form" noValidate onSubmit={submit}>
        <Field label={t('changePassword.current')} error={fieldError('currentPassword')}>
          {(control) => (
            <input
              {...control}
              type="password"
              autoComplete="current-password"
              value={values.currentPassword}
              onChange={set('currentPassword')}
            />
          )}
        </Field>
        <Field
          label={t('changePassword.new')}
          hint={t('changePassword.newHint', { count: minLength })}
          error={fieldError('newPassword')}
        >
          {(control) => (
            <input
              {...control}
              type="password"
              autoComplete="new-password"
              value={values.newPassword}
              onChange={set('newPassword')}
            />
          )}
        </Field>
        <Field label={t('changePassword.repeat')} error={fieldError('repeatPassword')}>
          {(control) => (
            <input
              {...control}
              type="password"
              autoComplete="new-password"
              value={values.repeatPassword}
              onChange={set('repeatPassword')}
            />
          )}
        </Field>
        <SubmitButton pending={change.isPending} label={t('changePassword.submit')} />
      </form>
    </>
  );
}
