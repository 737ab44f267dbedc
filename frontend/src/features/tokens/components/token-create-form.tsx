import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { UseMutationResult } from '@tanstack/react-query';
import { ErrorAlert } from '@/components/ui/error-alert';
import { Field } from '@/components/ui/field';
import { violationFor } from '@/lib/api/api-error';
import type { components } from '@/lib/api/schema';
import { useFocusFirstInvalid } from '@/utils/use-focus-first-invalid';
import type { ApiTokenRequest } from '../api/create-my-token';
import { defaultExpiryDays, maxExpiryDays, scopeKey, type TokenScope } from '../utils/token-scopes';
import { TokenValueBox } from './token-value-box';
import { SubmitButton } from '@/components/ui/submit-button';

type ApiTokenCreated = components['schemas']['ApiTokenCreated'];
type Errors = Partial<Record<'name' | 'scopes' | 'expiresInDays', string>>;

type TokenCreateFormProps = {
  /** The scopes offered, as checkboxes. */
  scopes: readonly TokenScope[];
  /** The create mutation of the page (personal or integration token). */
  create: UseMutationResult<ApiTokenCreated, Error, ApiTokenRequest>;
};

/** Name, scopes and lifetime of a new token; once created, its value is shown once, here. */
export function TokenCreateForm({ scopes, create }: TokenCreateFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const [name, setName] = useState('');
  const [chosen, setChosen] = useState<TokenScope[]>([]);
  const [days, setDays] = useState(String(defaultExpiryDays));
  const [errors, setErrors] = useState<Errors>({});
  useFocusFirstInvalid(form, errors);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const expiresInDays = Number(days);
    const found: Errors = {
      ...(!name.trim() && { name: t('tokens.form.nameRequired') }),
      ...(chosen.length === 0 && { scopes: t('tokens.form.scopesRequired') }),
      ...(!(Number.isInteger(expiresInDays) && expiresInDays >= 1 && expiresInDays <= maxExpiryDays) && {
        expiresInDays: t('tokens.form.daysRange', { max: maxExpiryDays }),
      }),
    };
    setErrors(found);
    if (Object.keys(found).length > 0) {
      return;
    }
    create.mutate(
      // Sent in the order offered, whatever order they were ticked in.
      { name: name.trim(), scopes: scopes.filter((scope) => chosen.includes(scope)), expiresInDays },
      {
        onSuccess: () => {
          setName('');
          setChosen([]);
          setDays(String(defaultExpiryDays));
        },
      },
    );
  };

  const fieldError = (field: keyof Errors) => errors[field] ?? violationFor(create.error, field);
  const scopesError = fieldError('scopes');

  return (
    <>
      {create.data && <TokenValueBox created={create.data} onDone={() => create.reset()} />}
      {create.isError && (
        <ErrorAlert error={create.error} shownAtFields={['name', 'scopes', 'expiresInDays']} />
      )}
      <form ref={form} className="form" noValidate onSubmit={submit}>
        <Field label={t('tokens.form.name')} hint={t('tokens.form.nameHint')} error={fieldError('name')}>
          {(control) => (
            <input
              {...control}
              type="text"
              maxLength={100}
              autoComplete="off"
              value={name}
              onChange={(event) => setName(event.target.value)}
            />
          )}
        </Field>
        <fieldset
          className="checkbox-group"
          aria-describedby={scopesError ? `${id}-scopes-error` : undefined}
        >
          <legend>{t('tokens.form.scopes')}</legend>
          {scopes.map((scope) => (
            <div className="checkbox" key={scope}>
              <input
                id={`${id}-${scopeKey(scope)}`}
                type="checkbox"
                checked={chosen.includes(scope)}
                aria-invalid={scopesError ? true : undefined}
                onChange={(event) =>
                  setChosen((current) =>
                    event.target.checked ? [...current, scope] : current.filter((item) => item !== scope),
                  )
                }
              />
              <label htmlFor={`${id}-${scopeKey(scope)}`}>
                {t(`tokens.scopes.${scopeKey(scope)}`)} <code>{scope}</code>
              </label>
            </div>
          ))}
          {scopesError && (
            <p id={`${id}-scopes-error`} className="field-error">
              {scopesError}
            </p>
          )}
        </fieldset>
        <Field
          label={t('tokens.form.days')}
          hint={t('tokens.form.daysHint', { max: maxExpiryDays })}
          error={fieldError('expiresInDays')}
        >
          {(control) => (
            <input
              {...control}
              type="number"
              inputMode="numeric"
              min={1}
              max={maxExpiryDays}
              step={1}
              value={days}
              onChange={(event) => setDays(event.target.value)}
              className="input-short"
            />
          )}
        </Field>
        <SubmitButton
          pending={create.isPending}
          label={t('tokens.form.submit')}
          pendingLabel={t('tokens.form.creating')}
        />
      </form>
    </>
  );
}
