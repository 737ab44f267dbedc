import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { Field } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { violationFor } from '@/lib/api/api-error';
import { appPaths } from '@/lib/app-paths';
import { useMe } from '@/lib/auth/get-me';
import { isAdmin } from '@/lib/auth/permissions';
import { useDocumentTitle } from '@/utils/use-document-title';
import { useFocusFirstInvalid } from '@/utils/use-focus-first-invalid';
import { type ActionPlanRequest, useCreatePlan } from '../api/strategy-api';

type Owner = { ownerLevel: ActionPlanRequest['ownerLevel']; countyCode?: string; municipalityCode?: string };

/** A new action plan for an owner the person may write for: their municipality, their county, or (admins) any. */
export function PlanNewRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('plans.form.heading'));
  const me = useMe();
  const navigate = useNavigate();
  const create = useCreatePlan();
  const form = useRef<HTMLFormElement>(null);
  const year = new Date().getFullYear();
  const owners: Owner[] = [
    ...(me.data?.grants ?? []).flatMap((grant): Owner[] =>
      grant.role === 'municipality_editor' && grant.municipalityCode
        ? [{ ownerLevel: 'municipality', municipalityCode: grant.municipalityCode }]
        : grant.role === 'county_coordinator' && grant.countyCode
          ? [{ ownerLevel: 'county', countyCode: grant.countyCode }]
          : [],
    ),
    ...(isAdmin(me.data) ? [{ ownerLevel: 'national' as const }] : []),
  ];
  const [owner, setOwner] = useState(0);
  const [adminMunicipality, setAdminMunicipality] = useState('');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [periodStart, setPeriodStart] = useState(`${year}-01-01`);
  const [periodEnd, setPeriodEnd] = useState(`${year + 2}-12-31`);
  const [errors, setErrors] = useState<{ title?: string }>({});
  useFocusFirstInvalid(form, errors);

  const label = (candidate: Owner) =>
    candidate.ownerLevel === 'municipality'
      ? `${t('plans.form.ownerLevels.municipality')} ${candidate.municipalityCode}`
      : candidate.ownerLevel === 'county'
        ? `${t('plans.form.ownerLevels.county')} ${candidate.countyCode}`
        : t('plans.form.ownerLevels.national');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) {
      setErrors({ title: t('costs.form.required') });
      return;
    }
    setErrors({});
    // An administrator may also write a municipality's plan by its code.
    const chosen: Owner = adminMunicipality
      ? { ownerLevel: 'municipality', municipalityCode: adminMunicipality }
      : (owners[owner] ?? { ownerLevel: 'national' });
    create.mutate(
      { ...chosen, title, description: description || undefined, periodStart, periodEnd },
      { onSuccess: (plan) => void navigate(appPaths.plan(plan.id)) },
    );
  };

  return (
    <>
      <h1>{t('plans.form.heading')}</h1>
      <form ref={form} className="form" onSubmit={submit} noValidate>
        {create.isError && (
          <ErrorAlert
            error={create.error}
            shownAtFields={['title', 'periodStart', 'periodEnd', 'municipalityCode']}
          />
        )}
        <Field label={t('plans.form.owner')}>
          {(control) => (
            <select {...control} value={owner} onChange={(event) => setOwner(Number(event.target.value))}>
              {owners.map((candidate, index) => (
                <option key={index} value={index}>
                  {label(candidate)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {isAdmin(me.data) && (
          <Field
            label={t('plans.form.municipality')}
            hint="2580"
            error={violationFor(create.error, 'municipalityCode')}
          >
            {(control) => (
              <input
                {...control}
                className="input-short"
                inputMode="numeric"
                value={adminMunicipality}
                onChange={(event) => setAdminMunicipality(event.target.value.trim())}
              />
            )}
          </Field>
        )}
        <Field label={t('plans.form.title')} error={errors.title ?? violationFor(create.error, 'title')}>
          {(control) => (
            <input {...control} value={title} onChange={(event) => setTitle(event.target.value)} />
          )}
        </Field>
        <Field label={t('plans.form.description')}>
          {(control) => (
            <textarea
              {...control}
              rows={3}
              value={description}
              onChange={(e) => setDescription(e.target.value)}
            />
          )}
        </Field>
        <Field label={t('plans.form.periodStart')} error={violationFor(create.error, 'periodStart')}>
          {(control) => (
            <input
              {...control}
              type="date"
              value={periodStart}
              onChange={(e) => setPeriodStart(e.target.value)}
            />
          )}
        </Field>
        <Field label={t('plans.form.periodEnd')} error={violationFor(create.error, 'periodEnd')}>
          {(control) => (
            <input
              {...control}
              type="date"
              value={periodEnd}
              onChange={(e) => setPeriodEnd(e.target.value)}
            />
          )}
        </Field>
        <SubmitButton pending={create.isPending} label={t('plans.form.submit')} />
      </form>
    </>
  );
}
