import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useEchart } from '@/lib/charts/use-echart';
import { formatNumber, formatPercent } from '@/utils/format';
import { TableScroll } from '@/components/ui/table-scroll';

export type BarChartRow = { key: string; label: string; count: number; percent: number };

type BarChartProps = {
  /** What the chart shows, e.g. the question. */
  title: string;
  rows: readonly BarChartRow[];
};

/**
 * A horizontal bar chart of counts and shares, with the same figures in a table below it: the chart is a picture
 * for those who see it, the table is what everyone (and every screen reader) can read.
 */
export function BarChart({ title, rows }: BarChartProps) {
  const { t } = useTranslation();
  return (
    <div className="surveys-chart">
      <ChartPicture title={title} rows={rows} />
      <TableScroll>
        <table className="data-table">
          <caption>{t('surveys.results.optionsCaption', { question: title })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('surveys.results.option')}</th>
              <th scope="col">{t('surveys.results.count')}</th>
              <th scope="col">{t('surveys.results.percent')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                <td className="numeric">{formatNumber(row.count)}</td>
                <td className="numeric">{formatPercent(row.percent)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
}

function ChartPicture({ title, rows }: BarChartProps) {
  const { t } = useTranslation();
  const element = useRef<HTMLDivElement>(null);

  useEchart(
    element,
    (chart) => {
      // Top to bottom in the order given.
      const ordered = [...rows].reverse();
      chart.setOption({
        animation: false,
        aria: { enabled: false },
        grid: { left: 8, right: 56, top: 8, bottom: 8, containLabel: true },
        xAxis: { type: 'value', max: 100, axisLabel: { formatter: (value: number) => formatPercent(value) } },
        yAxis: {
          type: 'category',
          data: ordered.map((row) => row.label),
          axisLabel: { width: 220, overflow: 'truncate', color: '#1f2328' },
        },
        series: [
          {
            type: 'bar',
            data: ordered.map((row) => row.percent),
            itemStyle: { color: '#1d4f73' },
            label: {
              show: true,
              position: 'right',
              color: '#1f2328',
              formatter: ({ value }: { value: number }) => formatPercent(value),
            },
          },
        ],
      });
    },
    [rows],
  );

  return (
    <div
      ref={element}
      className="surveys-chart-picture"
      role="img"
      aria-label={t('surveys.results.chartLabel', { question: title })}
      style={{ height: `${Math.max(120, rows.length * 36 + 40)}px` }}
    />
  );
}
