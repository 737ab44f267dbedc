import { useRef, useState, type ComponentType, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/error-alert';
import { Field } from '@/components/ui/field';
import { violationFor } from '@/lib/api/api-error';
import { useFocusFirstInvalid } from '@/utils/use-focus-first-invalid';
import { useGrantRole, type GrantRequest } from '../api/grant-role';
import { isRole, roles, type Role } from '../utils/roles';
import { SubmitButton } from '@/components/ui/submit-button';

/** A county picker; the app hands one in, since this feature does not know about counties. */
export type CountyPickerComponent = ComponentType<{
  label: string;
  emptyLabel: string;
  value: string;
  onChange: (countyCode: string) => void;
  error?: string;
}>;

/** A picker of a county's municipalities; the app hands one in. */
export type MunicipalityPickerComponent = ComponentType<{
  label: string;
  countyCode: string;
  value: string;
  onChange: (municipalityCode: string) => void;
  error?: string;
}>;

type GrantFormProps = {
  userId: string;
  CountyPicker: CountyPickerComponent;
  MunicipalityPicker: MunicipalityPickerComponent;
};

type Errors = Partial<Record<'role' | 'countyCode' | 'municipalityCode', string>>;

/** Grants a role: a county coordinator for a county, a municipality editor for a municipality. */
export function GrantForm({ userId, CountyPicker, MunicipalityPicker }: GrantFormProps) {
  const { t } = useTranslation();
  const grant = useGrantRole(userId);
  const form = useRef<HTMLFormElement>(null);
  const [role, setRole] = useState<Role | ''>('');
  const [countyCode, setCountyCode] = useState('');
  const [municipalityCode, setMunicipalityCode] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  useFocusFirstInvalid(form, errors);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Errors = {
      ...(!role && { role: t('users.grantForm.roleRequired') }),
      ...(role === 'county_coordinator' &&
        !countyCode && { countyCode: t('users.grantForm.countyRequired') }),
      ...(role === 'municipality_editor' &&
        !municipalityCode && { municipalityCode: t('users.grantForm.municipalityRequired') }),
    };
    setErrors(found);
    if (!role || Object.keys(found).length > 0) {
      return;
    }
    const request: GrantRequest = {
      role,
      ...(role === 'county_coordinator' && { countyCode }),
      ...(role === 'municipality_editor' && { municipalityCode }),
    };
    grant.mutate(request, {
      onSuccess: () => {
        setRole('');
        setCountyCode('');
        setMunicipalityCode('');
      },
    });
  };

  const fieldError = (field: keyof Errors) => errors[field] ?? violationFor(grant.error, field);

  return (
    <>
      <p role="status" className="status-message">
        {grant.isSuccess ? t('users.grantForm.granted', { role: t(`roles.${grant.data.role}`) }) : ''}
      </p>
      {grant.isError && (
        <ErrorAlert error={grant.error} shownAtFields={['role', 'countyCode', 'municipalityCode']} />
      )}
      <form ref={form} className="form" noValidate onSubmit={submit}>
        <Field label={t('users.grantForm.role')} error={fieldError('role')}>
          {(control) => (
            <select
              {...control}
              value={role}
              onChange={(event) => {
                const value = event.target.value;
                setRole(isRole(value) ? value : '');
              }}
            >
              <option value="">{t('users.grantForm.chooseRole')}</option>
              {roles.map((item) => (
                <option key={item} value={item}>
                  {t(`roles.${item}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {(role === 'county_coordinator' || role === 'municipality_editor') && (
          <CountyPicker
            label={t('users.grantForm.county')}
            emptyLabel={t('users.grantForm.chooseCounty')}
            value={countyCode}
            onChange={(code) => {
              setCountyCode(code);
              setMunicipalityCode('');
            }}
            error={role === 'county_coordinator' ? fieldError('countyCode') : undefined}
          />
        )}
        {role === 'municipality_editor' && (
          <MunicipalityPicker
            label={t('users.grantForm.municipality')}
            countyCode={countyCode}
            value={municipalityCode}
            onChange={setMunicipalityCode}
            error={fieldError('municipalityCode')}
          />
        )}
        <SubmitButton pending={grant.isPending} label={t('users.grantForm.submit')} />
      </form>
    </>
  );
}
