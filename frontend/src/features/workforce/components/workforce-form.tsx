import { useMemo, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/error-alert';
import { Field } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { violationFor } from '@/lib/api/api-error';
import { useProfessions } from '@/lib/catalogues/list-professions';
import { useServiceAreas } from '@/lib/catalogues/list-service-areas';
import { useCatalogueName } from '@/utils/localized';
import { FIRST_YEAR, LAST_YEAR, newIdempotencyKey } from '@/utils/batch-upload';
import { parseDecimal } from '@/utils/decimal';
import { useFocusFirstInvalid } from '@/utils/use-focus-first-invalid';
import {
  useReportWorkforceFigures,
  type WorkforceBatchResult,
  type WorkforceFigure,
} from '../api/workforce-api';
import {
  figureColumns,
  figureProblem,
  yearProblem,
  type FigureColumn,
  type ValueProblem,
} from '../utils/workforce-csv';

type FieldName = 'year' | 'profession' | 'serviceArea' | FigureColumn;
type Values = Record<FieldName, string>;
type Errors = Partial<Record<FieldName, string>>;

const fieldNames: readonly FieldName[] = ['year', 'profession', 'serviceArea', ...figureColumns];

const emptyValues = (): Values => ({
  year: String(new Date().getFullYear() - 1),
  profession: '',
  serviceArea: '',
  employees: '',
  fte: '',
  retirements: '',
  newHires: '',
  leavers: '',
  sickLeavePercent: '',
});

/** The whole numbers get a numeric keyboard; FTE and sick leave one with a decimal comma. */
const inputMode = (column: FigureColumn) =>
  column === 'fte' || column === 'sickLeavePercent' ? 'decimal' : 'numeric';

/**
 * Typing one workforce figure by hand (a year, a profession, perhaps a service area, and the numbers known), sent
 * as a batch of one line. The server's objections are shown at the fields they concern; the form keeps what was typed.
 */
export function WorkforceForm({ municipalityCode }: { municipalityCode: string }) {
  const { t } = useTranslation();
  const catalogueName = useCatalogueName();
  const professions = useProfessions();
  const areas = useServiceAreas();
  const report = useReportWorkforceFigures(municipalityCode);
  const form = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<Values>(emptyValues);
  const [errors, setErrors] = useState<Errors>({});
  const [saved, setSaved] = useState<{ message: string; warnings: string[] }>();
  /** The line last sent and its key: sending the same line again (after a lost answer) stores it once. */
  const sent = useRef<{ line: string; key: string }>(undefined);
  // After a refusal, ours or the server's, focus goes to the first field marked invalid.
  useFocusFirstInvalid(
    form,
    useMemo(() => ({ ...errors, server: report.error }), [errors, report.error]),
  );

  const set = (field: FieldName) => (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));

  const message = (problem: ValueProblem) =>
    problem === 'year'
      ? t('workforce.invalid.year', { first: FIRST_YEAR, last: LAST_YEAR })
      : t(`workforce.invalid.${problem}`);

  const savedMessage = (result: WorkforceBatchResult, line: WorkforceFigure) => {
    const outcome = result.created > 0 ? 'created' : result.updated > 0 ? 'updated' : 'unchanged';
    const profession =
      catalogueName(professions.data?.find((candidate) => candidate.code === line.profession)) ||
      line.profession;
    return t(`workforce.form.saved.${outcome}`, { profession, year: line.year });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(undefined);
    const found: Errors = {};
    const ofYear = yearProblem(values.year);
    if (ofYear) found.year = message(ofYear);
    if (!values.profession) found.profession = t('workforce.invalid.profession');
    for (const column of figureColumns) {
      const problem = figureProblem(column, values[column]);
      if (problem) found[column] = message(problem);
    }
    setErrors(found);
    if (Object.keys(found).length > 0) {
      // What the server said was about what was sent before; what is wrong now is at the fields.
      report.reset();
      return;
    }
    const line: WorkforceFigure = { year: parseDecimal(values.year)!, profession: values.profession };
    if (values.serviceArea) line.serviceArea = values.serviceArea;
    for (const column of figureColumns) {
      const value = parseDecimal(values[column]);
      if (value !== undefined) line[column] = value;
    }
    const body = JSON.stringify(line);
    if (sent.current?.line !== body) sent.current = { line: body, key: newIdempotencyKey() };
    report.mutate(
      { lines: [line], idempotencyKey: sent.current.key, source: 'manual' },
      {
        onSuccess: (result) => {
          // The next line, even the same one again, is a new report.
          sent.current = undefined;
          setSaved({ message: savedMessage(result, line), warnings: result.warnings.map((w) => w.message) });
        },
      },
    );
  };

  /** Our own finding first; else the server's about `lines[0].<field>`. */
  const fieldError = (field: FieldName) => errors[field] ?? violationFor(report.error, field);

  return (
    <section className="workforce-box" aria-labelledby="workforce-form-heading">
      <h3 id="workforce-form-heading">{t('workforce.form.heading')}</h3>
      <p>{t('workforce.form.intro')}</p>
      {professions.isError && (
        <ErrorAlert error={professions.error} onRetry={() => void professions.refetch()} />
      )}
      {report.isError && <ErrorAlert error={report.error} shownAtFields={fieldNames} />}
      <form ref={form} className="form" noValidate onSubmit={submit}>
        <Field
          label={t('workforce.form.year')}
          hint={t('workforce.form.yearHint')}
          error={fieldError('year')}
        >
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
        <Field label={t('workforce.form.profession')} error={fieldError('profession')}>
          {(control) => (
            <select {...control} value={values.profession} onChange={set('profession')}>
              <option value="">{t('workforce.form.chooseProfession')}</option>
              {professions.data?.map((option) => (
                <option key={option.code} value={option.code}>
                  {catalogueName(option)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('workforce.form.serviceArea')} error={fieldError('serviceArea')}>
          {(control) => (
            <select {...control} value={values.serviceArea} onChange={set('serviceArea')}>
              <option value="">{t('workforce.allAreas')}</option>
              {areas.data?.map((option) => (
                <option key={option.code} value={option.code}>
                  {catalogueName(option)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <fieldset className="checkbox-group workforce-figures">
          <legend>{t('workforce.form.figures')}</legend>
          {figureColumns.map((column) => (
            <Field
              key={column}
              label={t(`workforce.form.${column}`)}
              hint={t(`workforce.form.${column}Hint`)}
              error={fieldError(column)}
            >
              {(control) => (
                <input
                  {...control}
                  className="input-short"
                  inputMode={inputMode(column)}
                  autoComplete="off"
                  value={values[column]}
                  onChange={set(column)}
                />
              )}
            </Field>
          ))}
        </fieldset>
        <SubmitButton pending={report.isPending} label={t('workforce.form.submit')} />
        <div role="status" className="status-message">
          {saved && (
            <>
              <p>{saved.message}</p>
              {saved.warnings.map((warning, index) => (
                <p key={index}>{t('workforce.form.warning', { message: warning })}</p>
              ))}
            </>
          )}
        </div>
      </form>
    </section>
  );
}
