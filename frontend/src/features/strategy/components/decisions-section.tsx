import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/error-alert';
import { Field } from '@/components/ui/field';
import { Loading } from '@/components/ui/loading';
import { SubmitButton } from '@/components/ui/submit-button';
import { apiClient, dataOf } from '@/lib/api/client';
import { violationFor } from '@/lib/api/api-error';
import { useMe } from '@/lib/auth/get-me';
import { mayWritePlansOf } from '@/lib/auth/permissions';
import { formatDate } from '@/utils/format';
import { useFocusFirstInvalid } from '@/utils/use-focus-first-invalid';

const day = (date: string) => formatDate(`${date}T12:00:00Z`);

/**
 * The municipality's decisions to reduce its dependence on staffing agencies, as the strategy asks of it (action 1),
 * for anyone signed in; its editors record a new one.
 */
export function DecisionsSection({ municipalityCode }: { municipalityCode: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const form = useRef<HTMLFormElement>(null);
  const decisions = useQuery({
    queryKey: ['decisions', municipalityCode] as const,
    enabled: Boolean(me.data),
    queryFn: async ({ signal }) =>
      dataOf(
        await apiClient.GET('/api/v1/municipalities/{code}/decisions', {
          params: { path: { code: municipalityCode } },
          signal,
        }),
      ),
  });
  const record = useMutation({
    mutationFn: async (decision: { decidedOn: string; decisionBody: string; reference?: string }) =>
      dataOf(
        await apiClient.POST('/api/v1/municipalities/{code}/decisions', {
          params: { path: { code: municipalityCode } },
          body: decision,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['decisions', municipalityCode] }),
  });
  const [decidedOn, setDecidedOn] = useState('');
  const [body, setBody] = useState('');
  const [reference, setReference] = useState('');
  const [errors, setErrors] = useState<{ decidedOn?: string; decisionBody?: string }>({});
  const [saved, setSaved] = useState('');
  useFocusFirstInvalid(form, errors);
  if (!me.data) return null;
  const mayWrite = mayWritePlansOf(me.data, { ownerLevel: 'municipality', municipalityCode });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved('');
    const found = {
      ...(!decidedOn && { decidedOn: t('costs.form.required') }),
      ...(!body.trim() && { decisionBody: t('costs.form.required') }),
    };
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    record.mutate(
      { decidedOn, decisionBody: body, ...(reference.trim() && { reference }) },
      {
        onSuccess: () => {
          setSaved(t('decisions.saved'));
          setBody('');
          setReference('');
        },
      },
    );
  };

  return (
    <section aria-labelledby="decisions-heading">
      <h2 id="decisions-heading">{t('decisions.heading')}</h2>
      <p>{t('decisions.intro')}</p>
      {decisions.isPending && <Loading />}
      {decisions.isError && <ErrorAlert error={decisions.error} onRetry={() => void decisions.refetch()} />}
      {decisions.data && decisions.data.length === 0 && <p className="muted">{t('decisions.none')}</p>}
      {decisions.data && decisions.data.length > 0 && (
        <ul>
          {decisions.data.map((decision) => (
            <li key={decision.id}>
              {t('decisions.item', {
                date: day(decision.decidedOn),
                body: decision.decisionBody,
                reference: decision.reference ?? '–',
              })}
            </li>
          ))}
        </ul>
      )}
      {mayWrite && (
        <form ref={form} className="form" onSubmit={submit} noValidate aria-label={t('decisions.record')}>
          {record.isError && (
            <ErrorAlert error={record.error} shownAtFields={['decidedOn', 'decisionBody', 'reference']} />
          )}
          <Field
            label={t('decisions.decidedOn')}
            error={errors.decidedOn ?? violationFor(record.error, 'decidedOn')}
          >
            {(control) => (
              <input
                {...control}
                type="date"
                value={decidedOn}
                onChange={(e) => setDecidedOn(e.target.value)}
              />
            )}
          </Field>
          <Field
            label={t('decisions.body')}
            hint={t('decisions.bodyHint')}
            error={errors.decisionBody ?? violationFor(record.error, 'decisionBody')}
          >
            {(control) => <input {...control} value={body} onChange={(e) => setBody(e.target.value)} />}
          </Field>
          <Field label={t('decisions.reference')} error={violationFor(record.error, 'reference')}>
            {(control) => (
              <input {...control} value={reference} onChange={(e) => setReference(e.target.value)} />
            )}
          </Field>
          <SubmitButton pending={record.isPending} label={t('decisions.record')} />
          <p role="status" className="status-message">
            {saved}
          </p>
        </form>
      )}
    </section>
  );
}
