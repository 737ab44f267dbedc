import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/error-alert';
import { Field } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { violationFor } from '@/lib/api/api-error';
import { useProfessions } from '@/lib/catalogues/list-professions';
import { useServiceAreas } from '@/lib/catalogues/list-service-areas';
import { parseDecimal } from '@/utils/decimal';
import { formatPercent } from '@/utils/format';
import { useCatalogueName } from '@/utils/localized';
import { useFocusFirstInvalid } from '@/utils/use-focus-first-invalid';
import { type CostLine, useReportCostLine } from '../api/costs-api';

type Values = {
  year: string;
  month: string;
  serviceArea: string;
  profession: string;
  hiredCost: string;
  ownCost: string;
  task: string;
  procured: string;
};
type Errors = Partial<Record<keyof Values, string>>;

const tasks = ['authority', 'delivery', 'both'] as const;
const procuredValues = ['yes', 'no', 'partly'] as const;

/** A whole number of kronor or one with at most two decimals, 0 or more; undefined otherwise. */
export function parseAmount(text: string): number | undefined {
  const value = parseDecimal(text);
  return value !== undefined && value >= 0 && Math.round(value * 100) === value * 100 ? value : undefined;
}

/**
 * Reporting one cost line by hand: a period, a service area and optionally a profession, with the two costs. It
 * replaces a line with the same key (the server keeps the old version), and says what became of it.
 */
export function CostLineForm({ municipalityCode }: { municipalityCode: string }) {
  const { t, i18n } = useTranslation();
  const catalogueName = useCatalogueName();
  const areas = useServiceAreas();
  const professions = useProfessions();
  const report = useReportCostLine(municipalityCode);
  const form = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<Values>({
    year: String(new Date().getFullYear() - 1),
    month: '',
    serviceArea: '',
    profession: '',
    hiredCost: '',
    ownCost: '',
    task: '',
    procured: '',
  });
  const [errors, setErrors] = useState<Errors>({});
  const [saved, setSaved] = useState('');
  useFocusFirstInvalid(form, errors);

  const monthName = (month: number) =>
    new Intl.DateTimeFormat(i18n.language, { month: 'long' }).format(new Date(2000, month - 1, 1));
  const set = (field: keyof Values) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));
  // A field's error: what the form found, else what the server said of the line's field.
  const errorOf = (field: keyof Values) => errors[field] ?? violationFor(report.error, `lines[0].${field}`);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved('');
    const found: Errors = {};
    const year = Number(values.year);
    if (!/^\d{4}$/.test(values.year.trim()) || year < 2000 || year > 2100) {
      found.year = t('costs.yearInvalid', { first: 2000, last: 2100 });
    }
    if (!values.serviceArea) found.serviceArea = t('costs.form.required');
    const hiredCost = parseAmount(values.hiredCost);
    const ownCost = parseAmount(values.ownCost);
    if (hiredCost === undefined) found.hiredCost = t('costs.form.amountInvalid');
    if (ownCost === undefined) found.ownCost = t('costs.form.amountInvalid');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const line: CostLine = {
      year,
      serviceArea: values.serviceArea,
      hiredCost: hiredCost!,
      ownCost: ownCost!,
      ...(values.month && { month: Number(values.month) }),
      ...(values.profession && { profession: values.profession }),
      ...(values.task && { task: values.task as CostLine['task'] }),
      ...(values.procured && { procured: values.procured as CostLine['procured'] }),
    };
    report.mutate(line, {
      onSuccess: (result) => {
        const outcome = result.created ? 'created' : result.updated ? 'updated' : 'unchanged';
        const all = line.hiredCost + line.ownCost;
        const share = all === 0 ? '–' : formatPercent((line.hiredCost * 100) / all, 2);
        const warnings = result.warnings.map((warning) =>
          t('costs.form.warning', { message: warning.message }),
        );
        setSaved(
          [t('costs.form.saved', { outcome: t(`costs.form.outcome.${outcome}`), share }), ...warnings].join(
            ' ',
          ),
        );
      },
    });
  };

  return (
    <section className="costs-upload costs-form" aria-labelledby="costs-form-heading">
      <h3 id="costs-form-heading">{t('costs.form.heading')}</h3>
      <p>{t('costs.form.intro')}</p>
      <form ref={form} className="form" onSubmit={submit} noValidate>
        {report.isError && (
          <ErrorAlert
            error={report.error}
            shownAtFields={Object.keys(values).map((field) => `lines[0].${field}`)}
          />
        )}
        <div className="form-grid">
          <Field label={t('costs.form.year')} error={errorOf('year')}>
            {(control) => (
              <input
                {...control}
                className="input-short"
                inputMode="numeric"
                autoComplete="off"
                value={values.year}
                onChange={set('year')}
              />
            )}
          </Field>
          <Field label={t('costs.form.month')} error={errorOf('month')}>
            {(control) => (
              <select {...control} value={values.month} onChange={set('month')}>
                <option value="">{t('costs.form.wholeYear')}</option>
                {Array.from({ length: 12 }, (_, i) => i + 1).map((month) => (
                  <option key={month} value={month}>
                    {monthName(month)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('costs.form.area')} error={errorOf('serviceArea')}>
            {(control) => (
              <select {...control} value={values.serviceArea} onChange={set('serviceArea')}>
                <option value="" />
                {areas.data?.map((area) => (
                  <option key={area.code} value={area.code}>
                    {catalogueName(area)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('costs.form.profession')} error={errorOf('profession')}>
            {(control) => (
              <select {...control} value={values.profession} onChange={set('profession')}>
                <option value="">{t('costs.form.allProfessions')}</option>
                {professions.data?.map((profession) => (
                  <option key={profession.code} value={profession.code}>
                    {catalogueName(profession)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            label={t('costs.form.hiredCost')}
            hint={t('costs.form.amountHint')}
            error={errorOf('hiredCost')}
          >
            {(control) => (
              <input
                {...control}
                inputMode="decimal"
                autoComplete="off"
                value={values.hiredCost}
                onChange={set('hiredCost')}
              />
            )}
          </Field>
          <Field label={t('costs.form.ownCost')} hint={t('costs.form.amountHint')} error={errorOf('ownCost')}>
            {(control) => (
              <input
                {...control}
                inputMode="decimal"
                autoComplete="off"
                value={values.ownCost}
                onChange={set('ownCost')}
              />
            )}
          </Field>
          <Field label={t('costs.form.task')} error={errorOf('task')}>
            {(control) => (
              <select {...control} value={values.task} onChange={set('task')}>
                <option value="">{t('costs.form.taskNone')}</option>
                {tasks.map((task) => (
                  <option key={task} value={task}>
                    {t(`costs.form.tasks.${task}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('costs.form.procured')} error={errorOf('procured')}>
            {(control) => (
              <select {...control} value={values.procured} onChange={set('procured')}>
                <option value="">{t('costs.form.taskNone')}</option>
                {procuredValues.map((value) => (
                  <option key={value} value={value}>
                    {t(`costs.form.procuredValues.${value}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <SubmitButton
          pending={report.isPending}
          label={t('costs.form.submit')}
          pendingLabel={t('costs.form.saving')}
        />
        <p role="status" className="status-message">
          {saved}
        </p>
      </form>
    </section>
  );
}
