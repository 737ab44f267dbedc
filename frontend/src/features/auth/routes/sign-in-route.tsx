import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { Field } from '@/components/ui/field';
import { isUnauthorized, violationFor } from '@/lib/api/api-error';
import { useMe } from '@/lib/auth/get-me';
import { useDocumentTitle } from '@/utils/use-document-title';
import { useFocusFirstInvalid } from '@/utils/use-focus-first-invalid';
import { useSignIn } from '../api/sign-in';
import { returnToFrom } from '../utils/return-to';
import { SubmitButton } from '@/components/ui/submit-button';

type Errors = Partial<Record<'email' | 'password', string>>;

export function SignInRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('signIn.title'));
  const [searchParams] = useSearchParams();
  const returnTo = returnToFrom(searchParams);
  const me = useMe();
  const signIn = useSignIn();
  const form = useRef<HTMLFormElement>(null);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  useFocusFirstInvalid(form, errors);

  // Signed in (just now, or already): on to where the person was going.
  if (me.data) {
    return <Navigate to={returnTo} replace />;
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Errors = {
      ...(!email.trim() && { email: t('signIn.emailRequired') }),
      ...(!password && { password: t('signIn.passwordRequired') }),
    };
    setErrors(found);
    if (Object.keys(found).length === 0) {
      signIn.mutate({ email: email.trim(), password });
    }
  };

  const fieldError = (field: keyof Errors) => errors[field] ?? violationFor(signIn.error, field);

  return (
    <>
      <h1>{t('signIn.title')}</h1>
      <p className="lead">{t('signIn.intro')}</p>
      {signIn.isError &&
        (isUnauthorized(signIn.error) ? (
          <div role="alert" className="alert alert-error">
            <p className="alert-title">{t('signIn.failed')}</p>
            <p>{t('signIn.failedDetail')}</p>
          </div>
        ) : (
          <ErrorAlert error={signIn.error} shownAtFields={['email', 'password']} />
        ))}
      <form ref={form} className="form" noValidate onSubmit={submit}>
        <Field label={t('signIn.email')} error={fieldError('email')}>
          {(control) => (
            <input
              {...control}
              type="email"
              name="email"
              autoComplete="username"
              spellCheck={false}
              value={email}
              onChange={(event) => setEmail(event.target.value)}
            />
          )}
        </Field>
        <Field label={t('signIn.password')} error={fieldError('password')}>
          {(control) => (
            <input
              {...control}
              type="password"
              name="password"
              autoComplete="current-password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
          )}
        </Field>
        <SubmitButton
          pending={signIn.isPending}
          label={t('signIn.submit')}
          pendingLabel={t('signIn.submitting')}
        />
      </form>
    </>
  );
}
