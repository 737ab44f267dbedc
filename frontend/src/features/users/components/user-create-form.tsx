import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { Field } from '@/components/ui/field';
import { violationFor } from '@/lib/api/api-error';
import { appPaths } from '@/lib/app-paths';
import { useFocusFirstInvalid } from '@/utils/use-focus-first-invalid';
import { useCreateUser, type UserCreate } from '../api/create-user';
import { SubmitButton } from '@/components/ui/submit-button';

/** The API's rule for a password (UserCreate.password). */
export const minPasswordLength = 12;

type Errors = Partial<Record<keyof UserCreate, string>>;

/** Creates a person; then goes to their page, where roles are granted. */
export function UserCreateForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateUser();
  const form = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<UserCreate>({ email: '', displayName: '', password: '' });
  const [errors, setErrors] = useState<Errors>({});
  useFocusFirstInvalid(form, errors);

  const set = (field: keyof UserCreate) => (event: React.ChangeEvent<HTMLInputElement>) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const email = values.email.trim();
    const found: Errors = {
      ...(!/^[^\s@]+@[^\s@]+$/.test(email) && { email: t('users.create.emailInvalid') }),
      ...(!values.displayName.trim() && { displayName: t('users.create.nameRequired') }),
      ...(values.password.length < minPasswordLength && {
        password: t('changePassword.tooShort', { count: minPasswordLength }),
      }),
    };
    setErrors(found);
    if (Object.keys(found).length > 0) {
      return;
    }
    create.mutate(
      { email, displayName: values.displayName.trim(), password: values.password },
      {
        onSuccess: (user) => void navigate(appPaths.user(user.id)),
        onError: () => setErrors({}),
      },
    );
  };

  const fieldError = (field: keyof UserCreate) => errors[field] ?? violationFor(create.error, field);

  return (
    <>
      {create.isError && (
        <ErrorAlert error={create.error} shownAtFields={['email', 'displayName', 'password']} />
      )}
      <form ref={form} className="form" noValidate onSubmit={submit}>
        <Field label={t('users.create.email')} error={fieldError('email')}>
          {(control) => (
            <input
              {...control}
              type="email"
              autoComplete="off"
              spellCheck={false}
              value={values.email}
              onChange={set('email')}
            />
          )}
        </Field>
        <Field label={t('users.create.name')} error={fieldError('displayName')}>
          {(control) => (
            <input
              {...control}
              type="text"
              autoComplete="off"
              value={values.displayName}
              onChange={set('displayName')}
            />
          )}
        </Field>
        <Field
          label={t('users.create.password')}
          hint={t('users.create.passwordHint', { count: minPasswordLength })}
          error={fieldError('password')}
        >
          {(control) => (
            <input
              {...control}
              type="password"
              autoComplete="new-password"
              value={values.password}
              onChange={set('password')}
            />
          )}
        </Field>
        <SubmitButton pending={create.isPending} label={t('users.create.submit')} />
      </form>
    </>
  );
}
