import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/error-alert';
import { Field } from '@/components/ui/field';
import { violationFor } from '@/lib/api/api-error';
import type { components } from '@/lib/api/schema';
import { formatNumber } from '@/utils/format';
import { useFocusFirstInvalid } from '@/utils/use-focus-first-invalid';
import { useUpdateMunicipality } from '../api/update-municipality';
import { SubmitButton } from '@/components/ui/submit-button';

type Municipality = components['schemas']['Municipality'];

/** The API's bounds for a population (MunicipalityUpdate.population). */
const maxPopulation = 10_000_000;

/** Lets an administrator set a municipality's population. */
export function PopulationForm({ municipality }: { municipality: Municipality }) {
  const { t } = useTranslation();
  const update = useUpdateMunicipality(municipality.code);
  const form = useRef<HTMLFormElement>(null);
  const [value, setValue] = useState(municipality.population?.toString() ?? '');
  const [errors, setErrors] = useState<{ population?: string }>({});
  useFocusFirstInvalid(form, errors);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const population = Number(value.replace(/\s/g, ''));
    const valid =
      value.trim() !== '' && Number.isInteger(population) && population >= 0 && population <= maxPopulation;
    setErrors(valid ? {} : { population: t('population.invalid', { max: formatNumber(maxPopulation) }) });
    if (valid) {
      update.mutate({ population });
    }
  };

  return (
    <section aria-labelledby="population-admin">
      <h2 id="population-admin">{t('population.title')}</h2>
      <p role="status" className="status-message">
        {update.isSuccess && update.data.population !== undefined
          ? t('population.saved', { population: formatNumber(update.data.population) })
          : ''}
      </p>
      {update.isError && <ErrorAlert error={update.error} shownAtFields={['population']} />}
      <form ref={form} className="form form-inline" noValidate onSubmit={submit}>
        <Field
          label={t('population.label')}
          error={errors.population ?? violationFor(update.error, 'population')}
        >
          {(control) => (
            <input
              {...control}
              type="number"
              inputMode="numeric"
              min={0}
              max={maxPopulation}
              step={1}
              value={value}
              onChange={(event) => setValue(event.target.value)}
              className="input-short"
            />
          )}
        </Field>
        <SubmitButton pending={update.isPending} label={t('population.submit')} />
      </form>
    </section>
  );
}
