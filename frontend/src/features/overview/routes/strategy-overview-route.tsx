import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { Field } from '@/components/ui/field';
import { Loading } from '@/components/ui/loading';
import { formatNumber, formatPercent } from '@/utils/format';
import { useDocumentTitle } from '@/utils/use-document-title';
import {
  type StrategyCountyOverview,
  useOverviewCounties,
  useStrategyOverview,
} from '../api/strategy-overview-api';
import { TableScroll } from '@/components/ui/table-scroll';

const shareColumns = ['decided', 'withPlan', 'withTarget'] as const;

/** Strategins genomslag: how far the municipalities have come, per county, and which actions the plans use. */
export function StrategyOverviewRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('strategyOverview.title'));
  const [searchParams, setSearchParams] = useSearchParams();
  const county = searchParams.get('county') ?? '';
  const counties = useOverviewCounties();
  const overview = useStrategyOverview(county);
  const data = overview.data;
  const countyName = counties.data?.find((c) => c.code === county)?.name ?? data?.total.countyName ?? county;

  /** "12 (40 %)": how many of the municipalities, and what share of them. */
  const share = (count: number, of: number) =>
    t('strategyOverview.share', {
      value: formatNumber(count),
      percent: of > 0 ? formatPercent((count * 100) / of) : '–',
    });
  const cells = (row: StrategyCountyOverview) => (
    <>
      <td className="numeric">{formatNumber(row.municipalities)}</td>
      {shareColumns.map((column) => (
        <td key={column} className="numeric">
          {share(row[column], row.municipalities)}
        </td>
      ))}
    </>
  );

  return (
    <>
      <h1>{t('strategyOverview.title')}</h1>
      <p className="lead">{t('strategyOverview.intro')}</p>

      <form
        className="filters"
        aria-label={t('strategyOverview.filtersLabel')}
        onSubmit={(event) => event.preventDefault()}
      >
        <Field label={t('strategyOverview.county')}>
          {(control) => (
            <select
              {...control}
              value={county}
              onChange={(event) => setSearchParams(event.target.value ? { county: event.target.value } : {})}
              aria-busy={counties.isPending}
            >
              <option value="">{t('strategyOverview.allCounties')}</option>
              {counties.data?.map((option) => (
                <option key={option.code} value={option.code}>
                  {option.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </form>
      {counties.isError && <ErrorAlert error={counties.error} onRetry={() => void counties.refetch()} />}

      {overview.isPending && <Loading />}
      {overview.isError && <ErrorAlert error={overview.error} onRetry={() => void overview.refetch()} />}

      {data && (
        <>
          <TableScroll>
            <table className="data-table" aria-busy={overview.isPlaceholderData || undefined}>
              <caption>
                {county
                  ? t('strategyOverview.captionCounty', { county: countyName })
                  : t('strategyOverview.caption')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('strategyOverview.columns.county')}</th>
                  <th scope="col">{t('strategyOverview.columns.municipalities')}</th>
                  {shareColumns.map((column) => (
                    <th key={column} scope="col">
                      {t(`strategyOverview.columns.${column}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {data.counties.map((row) => (
                  <tr key={row.countyCode}>
                    <th scope="row">{row.countyName}</th>
                    {cells(row)}
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">
                    {county ? t('strategyOverview.totalCounty') : t('strategyOverview.total')}
                  </th>
                  {cells(data.total)}
                </tr>
              </tfoot>
            </table>
          </TableScroll>

          <h2>{t('strategyOverview.actionsHeading')}</h2>
          {data.actions.length === 0 ? (
            <p>{t('strategyOverview.noActions')}</p>
          ) : (
            <TableScroll>
              <table className="data-table" aria-busy={overview.isPlaceholderData || undefined}>
                <caption>{t('strategyOverview.actionsCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('strategyOverview.action')}</th>
                    <th scope="col">{t('strategyOverview.activities')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.actions.map((action) => (
                    <tr key={action.number}>
                      <th scope="row">
                        {t('strategyOverview.actionName', { number: action.number, title: action.title })}
                      </th>
                      <td className="numeric">{formatNumber(action.activities)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
        </>
      )}
    </>
  );
}
