import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useEchart } from '@/lib/charts/use-echart';
import { formatPercent } from '@/utils/format';

// Only the parts drawn here, so the bundle carries no more of ECharts than that.

/** One group of bars: a service area (or all of them) with the shares of the municipality, county and country. */
export type ShareChartRow = { key: string; label: string; shares: (number | undefined)[] };

type ShareChartProps = {
  /** What the chart shows; the table with the same caption holds the figures. */
  title: string;
  /** The names of the bars in each group, e.g. the municipality, the county, the country. */
  series: string[];
  rows: readonly ShareChartRow[];
};

// Dark to light blue and an orange, each at least 3:1 against white (WCAG 1.4.11).
const colours = ['#1d4f73', '#4a86b0', '#b34700'];

/**
 * Hired-staff shares as grouped horizontal bars. A picture for those who see it: the table next to it holds the
 * same figures for everyone else.
 */
export function ShareChart({ title, series, rows }: ShareChartProps) {
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
        legend: { top: 0, textStyle: { color: '#1f2328' } },
        grid: { left: 8, right: 64, top: 32, bottom: 8, containLabel: true },
        xAxis: { type: 'value', axisLabel: { formatter: (value: number) => formatPercent(value) } },
        yAxis: {
          type: 'category',
          data: ordered.map((row) => row.label),
          axisLabel: { width: 200, overflow: 'truncate', color: '#1f2328' },
        },
        series: series.map((name, index) => ({
          type: 'bar',
          name,
          data: ordered.map((row) => row.shares[index] ?? null),
          itemStyle: { color: colours[index % colours.length] },
          label: {
            show: true,
            position: 'right',
            color: '#1f2328',
            formatter: ({ value }: { value: number }) => formatPercent(value, 2),
          },
        })),
      });
    },
    [rows, series],
  );

  return (
    <div
      ref={element}
      className="costs-chart"
      role="img"
      aria-label={t('costs.comparison.chartLabel', { title })}
      data-testid="share-chart"
      style={{ height: `${Math.max(160, rows.length * series.length * 22 + 72)}px` }}
    />
  );
}
