import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/error-alert';
import { Loading } from '@/components/ui/loading';
import { useServiceAreas } from '@/lib/catalogues/list-service-areas';
import { useEchart } from '@/lib/charts/use-echart';
import { formatPercent } from '@/utils/format';
import { useCatalogueName } from '@/utils/localized';
import { useShareSeries } from '../api/costs-api';
import { TableScroll } from '@/components/ui/table-scroll';

/** How many years the trend shows, up to the year chosen. */
export const TREND_YEARS = 10;
const TOTAL_KPI = 'KL_HIRED_SHARE';
const COUNTRY = '0000';

/** One line of the chart and one column of its table: a name and a share per year (undefined: not reported). */
export type TrendLine = { key: string; name: string; values: (number | undefined)[] };

// Distinguishable and at least 3:1 against white (WCAG 1.4.11); the lines also differ in their symbols.
const colours = [
  '#1d4f73',
  '#b34700',
  '#5c5c5c',
  '#2f7a3e',
  '#7a3e9d',
  '#a3334f',
  '#00707a',
  '#6b5a00',
  '#3d5ea8',
];
const symbols = ['circle', 'rect', 'triangle', 'diamond', 'pin', 'arrow', 'roundRect', 'circle', 'rect'];

type ShareTrendProps = { year: number; municipalityCode: string; countyCode: string };

/**
 * The hired-staff share per year over the last ten years: the municipality in total and per service area, beside its
 * county and the country. A line chart for those who see it, and a table with the same figures for everyone.
 */
export function ShareTrend({ year, municipalityCode, countyCode }: ShareTrendProps) {
  const { t } = useTranslation();
  const catalogueName = useCatalogueName();
  const areas = useServiceAreas();
  const from = year - TREND_YEARS + 1;
  const countyRegion = `00${countyCode}`;
  const regions = useMemo(() => [municipalityCode, countyRegion, COUNTRY], [municipalityCode, countyRegion]);
  const series = useShareSeries(from, year, regions);
  const years = useMemo(() => Array.from({ length: TREND_YEARS }, (_, i) => from + i), [from]);

  const lines = useMemo<TrendLine[] | undefined>(() => {
    if (!series.data || !areas.data) return undefined;
    const valueOf = (kpi: string, region: string) =>
      years.map(
        (period) =>
          series.data.find(
            (value) => value.kpi === kpi && value.municipality === region && value.period === period,
          )?.value,
      );
    const perArea = areas.data
      .map((area) => ({
        key: area.code,
        name: t('costs.trend.municipalityArea', { area: catalogueName(area) }),
        values: valueOf(`${TOTAL_KPI}_${area.code.toUpperCase()}`, municipalityCode),
      }))
      .filter((line) => line.values.some((value) => value !== undefined));
    return [
      {
        key: 'municipality',
        name: t('costs.comparison.municipality'),
        values: valueOf(TOTAL_KPI, municipalityCode),
      },
      { key: 'county', name: t('costs.comparison.county'), values: valueOf(TOTAL_KPI, countyRegion) },
      { key: 'country', name: t('costs.comparison.country'), values: valueOf(TOTAL_KPI, COUNTRY) },
      ...perArea,
    ];
  }, [series.data, areas.data, years, municipalityCode, countyRegion, catalogueName, t]);

  const failed = [series, areas].find((query) => query.isError);
  if (failed) return <ErrorAlert error={failed.error} onRetry={() => void failed.refetch()} />;
  if (!lines) return <Loading />;
  const caption = t('costs.trend.caption', { from, to: year });
  const reported = lines[0]!.values.some((value) => value !== undefined);
  return (
    <section aria-labelledby="costs-trend-heading">
      <h3 id="costs-trend-heading">{t('costs.trend.heading', { from, to: year })}</h3>
      {!reported && <p className="muted">{t('costs.trend.none', { from, to: year })}</p>}
      {reported && <TrendChart title={caption} years={years} lines={lines} />}
      <TableScroll label={caption}>
        <table className="data-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('costs.trend.year')}</th>
              {lines.map((line) => (
                <th scope="col" key={line.key}>
                  {line.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {years.map((period, index) => (
              <tr key={period}>
                <th scope="row">{period}</th>
                {lines.map((line) => (
                  <td className="numeric" key={line.key}>
                    {line.values[index] === undefined ? '–' : formatPercent(line.values[index], 2)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}

function TrendChart({ title, years, lines }: { title: string; years: number[]; lines: TrendLine[] }) {
  const { t } = useTranslation();
  const element = useRef<HTMLDivElement>(null);

  useEchart(
    element,
    (chart) => {
      chart.setOption({
        animation: false,
        aria: { enabled: false },
        tooltip: { trigger: 'axis', valueFormatter: (value: number) => formatPercent(value, 2) },
        legend: { top: 0, type: 'scroll', textStyle: { color: '#1f2328' } },
        grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
        xAxis: { type: 'category', data: years.map(String), axisLabel: { color: '#1f2328' } },
        yAxis: { type: 'value', axisLabel: { formatter: (value: number) => formatPercent(value) } },
        series: lines.map((line, index) => ({
          type: 'line',
          name: line.name,
          data: line.values.map((value) => value ?? null),
          connectNulls: false,
          symbol: symbols[index % symbols.length],
          symbolSize: 7,
          // The municipality's total, county and country are solid; the municipality's areas dashed.
          lineStyle: { width: index < 3 ? 3 : 1.5, type: index < 3 ? 'solid' : 'dashed' },
          itemStyle: { color: colours[index % colours.length] },
        })),
      });
    },
    [years, lines],
  );

  return (
    <div
      ref={element}
      className="costs-trend-chart"
      role="img"
      aria-label={t('costs.trend.chartLabel', { title })}
      data-testid="trend-chart"
    />
  );
}
