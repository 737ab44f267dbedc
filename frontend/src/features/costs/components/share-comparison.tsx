import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/error-alert';
import { Loading } from '@/components/ui/loading';
import { useServiceAreas } from '@/lib/catalogues/list-service-areas';
import { formatNumber, formatPercent } from '@/utils/format';
import { useCatalogueName } from '@/utils/localized';
import { type HiredStaffShares, type ShareFigures, useShares } from '../api/costs-api';
import { formatSek } from '../utils/format-sek';
import { ShareChart, type ShareChartRow } from './share-chart';
import { TableScroll } from '@/components/ui/table-scroll';

const percent = (figures: ShareFigures | undefined) =>
  figures?.share === undefined ? '–' : formatPercent(figures.share, 2);
const sek = (value: number | undefined) => (value === undefined ? '–' : formatSek(value));
/** A change in percentage points with its sign, e.g. +1,50 or −0,25 (the Swedish format writes the minus). */
const signed = (value: number) => `${value > 0 ? '+' : ''}${formatNumber(value, 2)}`;

type ShareComparisonProps = { year: number; municipalityCode: string; countyCode: string };

/** The municipality's hired-staff share per service area and in total, beside its county's and the country's. */
export function ShareComparison({ year, municipalityCode, countyCode }: ShareComparisonProps) {
  const { t } = useTranslation();
  const catalogueName = useCatalogueName();
  const areas = useServiceAreas();
  const own = useShares({ year, municipality: municipalityCode });
  const county = useShares({ year, county: countyCode });
  const country = useShares({ year });
  const caption = t('costs.comparison.caption', { year });
  const series = useMemo(
    () => [t('costs.comparison.municipality'), t('costs.comparison.county'), t('costs.comparison.country')],
    [t],
  );
  const rows = useMemo(() => {
    if (!own.data || !county.data || !country.data || !areas.data) return undefined;
    const all = [own.data, county.data, country.data];
    const codes = [...new Set(all.flatMap((data) => data.areas.map((area) => area.serviceArea!)))];
    const figures = (data: HiredStaffShares, code: string) => data.areas.find((a) => a.serviceArea === code);
    return [
      ...codes.map((code) => ({
        key: code,
        label: catalogueName(areas.data.find((area) => area.code === code)) || code,
        figures: all.map((data) => figures(data, code)),
      })),
      { key: '', label: t('costs.comparison.total'), figures: all.map((data) => data.total) },
    ];
  }, [own.data, county.data, country.data, areas.data, catalogueName, t]);
  const chartRows = useMemo<ShareChartRow[] | undefined>(
    () => rows?.map(({ key, label, figures }) => ({ key, label, shares: figures.map((f) => f?.share) })),
    [rows],
  );

  const failed = [own, county, country, areas].find((query) => query.isError);
  if (failed) return <ErrorAlert error={failed.error} onRetry={() => void failed.refetch()} />;
  if (!rows || !chartRows) return <Loading />;
  const reported = own.data?.total.share !== undefined;
  return (
    <section aria-labelledby="costs-comparison-heading">
      <h3 id="costs-comparison-heading">{t('costs.comparison.heading', { year })}</h3>
      {!reported && <p className="muted">{t('costs.comparison.none', { year })}</p>}
      {chartRows.some((row) => row.shares.some((share) => share !== undefined)) && (
        <ShareChart title={caption} series={series} rows={chartRows} />
      )}
      {/* Wide on a narrow screen: the reader scrolls it, by keyboard too. */}
      <TableScroll label={caption}>
        <table className="data-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('costs.comparison.area')}</th>
              <th scope="col">{t('costs.comparison.municipality')}</th>
              <th scope="col">{t('costs.comparison.county')}</th>
              <th scope="col">{t('costs.comparison.country')}</th>
              <th scope="col">{t('costs.comparison.hiredCost')}</th>
              <th scope="col">{t('costs.comparison.ownCost')}</th>
              <th scope="col">{t('costs.comparison.change', { previous: year - 1 })}</th>
              <th scope="col">{t('costs.comparison.perInhabitant')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ key, label, figures: [mine, ofCounty, ofCountry] }) => (
              <tr key={key}>
                <th scope="row">{label}</th>
                <td className="numeric">{percent(mine)}</td>
                <td className="numeric">{percent(ofCounty)}</td>
                <td className="numeric">{percent(ofCountry)}</td>
                <td className="numeric">{sek(mine?.hiredCost)}</td>
                <td className="numeric">{sek(mine?.ownCost)}</td>
                <td className="numeric">
                  {mine?.shareChange === undefined
                    ? '–'
                    : t('costs.comparison.changeValue', { value: signed(mine.shareChange) })}
                </td>
                <td className="numeric">
                  {mine?.hiredCostPerInhabitant === undefined
                    ? '–'
                    : `${formatNumber(mine.hiredCostPerInhabitant, 2)}\u00a0kr`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
