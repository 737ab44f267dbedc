import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '@/utils/format';
import type { ResponseRate } from '../api/types';
import { TableScroll } from '@/components/ui/table-scroll';

type Row = { key: string; name: string; rate: ResponseRate };

/** Invited, not started, started, submitted and the share submitted: one row per county, questionnaire… */
export function ResponseRateTable({
  caption,
  nameHeader,
  rows,
  total,
}: {
  caption: string;
  nameHeader: string;
  rows: readonly Row[];
  total?: Row;
}) {
  const { t } = useTranslation();
  const line = (row: Row, Cell: 'th' | 'td') => (
    <tr key={row.key}>
      <th scope="row">{row.name}</th>
      <Cell className="numeric">{formatNumber(row.rate.invited)}</Cell>
      <Cell className="numeric">{formatNumber(row.rate.notStarted)}</Cell>
      <Cell className="numeric">{formatNumber(row.rate.started)}</Cell>
      <Cell className="numeric">{formatNumber(row.rate.submitted)}</Cell>
      <Cell className="numeric">{formatPercent(row.rate.submittedPercent)}</Cell>
    </tr>
  );
  return (
    <TableScroll>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{nameHeader}</th>
            <th scope="col">{t('surveys.rates.invited')}</th>
            <th scope="col">{t('surveys.rates.notStarted')}</th>
            <th scope="col">{t('surveys.rates.started')}</th>
            <th scope="col">{t('surveys.rates.submitted')}</th>
            <th scope="col">{t('surveys.rates.percent')}</th>
          </tr>
        </thead>
        <tbody>{rows.map((row) => line(row, 'td'))}</tbody>
        {total && <tfoot>{line(total, 'td')}</tfoot>}
      </table>
    </TableScroll>
  );
}

/** The counts of one rate as a row of figures. */
export function ResponseRateFacts({ rate }: { rate: ResponseRate }) {
  const { t } = useTranslation();
  const facts: [string, string][] = [
    [t('surveys.rates.invited'), formatNumber(rate.invited)],
    [t('surveys.rates.notStarted'), formatNumber(rate.notStarted)],
    [t('surveys.rates.started'), formatNumber(rate.started)],
    [t('surveys.rates.submitted'), formatNumber(rate.submitted)],
    [t('surveys.rates.percent'), formatPercent(rate.submittedPercent)],
  ];
  return (
    <dl className="facts">
      {facts.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
