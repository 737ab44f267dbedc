import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/error-alert';
import { Field } from '@/components/ui/field';
import { Loading } from '@/components/ui/loading';
import { SubmitButton } from '@/components/ui/submit-button';
import { violationFor } from '@/lib/api/api-error';
import { useServiceAreas } from '@/lib/catalogues/list-service-areas';
import { formatPercent } from '@/utils/format';
import { useCatalogueName } from '@/utils/localized';
import { useSetTarget, useTargets } from '../api/costs-api';
import { TableScroll } from '@/components/ui/table-scroll';

const signed = (value: number) =>
  `${value > 0 ? '+' : value < 0 ? '−' : '±'}${formatPercent(Math.abs(value), 2)}`;

/** The municipality's targets (målvärde) and how it stands; its editors set them. */
export function Targets({ municipalityCode, mayEdit }: { municipalityCode: string; mayEdit: boolean }) {
  const { t } = useTranslation();
  const catalogueName = useCatalogueName();
  const areas = useServiceAreas();
  const targets = useTargets(municipalityCode);
  const setTarget = useSetTarget(municipalityCode);
  const [year, setYear] = useState(String(new Date().getFullYear() + 1));
  const [area, setArea] = useState('');
  const [maxShare, setMaxShare] = useState('');
  const [saved, setSaved] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved('');
    const share = Number(maxShare.replace(',', '.'));
    // The target as loaded, if it is set already: the change builds on its revision (0: a new target).
    const loaded = targets.data?.find(
      (target) => target.year === Number(year) && (target.serviceArea ?? '') === area,
    );
    setTarget.mutate(
      {
        target: {
          year: Number(year),
          maxShare: Number.isFinite(share) && maxShare.trim() !== '' ? share : -1,
          ...(area && { serviceArea: area }),
        },
        revision: loaded?.revision ?? 0,
      },
      {
        onSuccess: (status) =>
          setSaved(t('costs.targets.saved', { status: t(`costs.targets.status.${status.status}`) })),
      },
    );
  };

  return (
    <section aria-labelledby="costs-targets-heading">
      <h3 id="costs-targets-heading">{t('costs.targets.heading')}</h3>
      <p>{t('costs.targets.rule')}</p>
      {targets.isError && <ErrorAlert error={targets.error} onRetry={() => void targets.refetch()} />}
      {targets.isPending && <Loading />}
      {targets.data && targets.data.length === 0 && <p className="muted">{t('costs.targets.none')}</p>}
      {targets.data && targets.data.length > 0 && (
        <TableScroll>
          <table className="data-table">
            <caption>{t('costs.targets.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('costs.targets.year')}</th>
                <th scope="col">{t('costs.targets.area')}</th>
                <th scope="col">{t('costs.targets.maxShare')}</th>
                <th scope="col">{t('costs.targets.latest')}</th>
                <th scope="col">{t('costs.targets.gap')}</th>
                <th scope="col">{t('costs.targets.trend')}</th>
                <th scope="col">{t('costs.targets.standing')}</th>
              </tr>
            </thead>
            <tbody>
              {targets.data.map((target) => (
                <tr key={`${target.year}-${target.serviceArea ?? ''}`}>
                  <th scope="row">{target.year}</th>
                  <td>
                    {target.serviceArea
                      ? catalogueName(areas.data?.find((a) => a.code === target.serviceArea)) ||
                        target.serviceArea
                      : t('costs.comparison.total')}
                  </td>
                  <td className="numeric">{formatPercent(target.maxShare, 2)}</td>
                  <td className="numeric">
                    {target.latestShare === undefined
                      ? '–'
                      : `${formatPercent(target.latestShare, 2)} (${target.latestYear})`}
                  </td>
                  <td className="numeric">{target.gap === undefined ? '–' : signed(target.gap)}</td>
                  <td className="numeric">
                    {target.trend === undefined
                      ? '–'
                      : t('costs.targets.perYear', { value: signed(target.trend) })}
                  </td>
                  <td>{t(`costs.targets.status.${target.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {mayEdit && (
        <form className="form form-inline" onSubmit={submit} aria-label={t('costs.targets.set')} noValidate>
          {setTarget.isError && <ErrorAlert error={setTarget.error} shownAtFields={['maxShare', 'year']} />}
          <Field label={t('costs.targets.targetYear')} error={violationFor(setTarget.error, 'year')}>
            {(control) => (
              <input
                {...control}
                className="input-short"
                inputMode="numeric"
                value={year}
                onChange={(e) => setYear(e.target.value)}
              />
            )}
          </Field>
          <Field label={t('costs.targets.area')}>
            {(control) => (
              <select {...control} value={area} onChange={(e) => setArea(e.target.value)}>
                <option value="">{t('costs.comparison.total')}</option>
                {areas.data?.map((option) => (
                  <option key={option.code} value={option.code}>
                    {catalogueName(option)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('costs.targets.maxShareInput')} error={violationFor(setTarget.error, 'maxShare')}>
            {(control) => (
              <input
                {...control}
                className="input-short"
                inputMode="decimal"
                value={maxShare}
                onChange={(e) => setMaxShare(e.target.value)}
              />
            )}
          </Field>
          <SubmitButton
            pending={setTarget.isPending}
            label={t('costs.targets.set')}
            pendingLabel={t('common.saving')}
          />
          <p role="status" className="status-message">
            {saved}
          </p>
        </form>
      )}
    </section>
  );
}
