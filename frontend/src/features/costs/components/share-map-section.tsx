import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/error-alert';
import { Loading } from '@/components/ui/loading';
import { formatNumber, formatPercent } from '@/utils/format';
import { useMunicipalityBorders, useMunicipalityShares } from '../api/costs-api';
import { MapUnavailable, ShareMap } from './share-map';
import { TableScroll } from '@/components/ui/table-scroll';

type MapRow = { code: string; name: string; share?: number };

/**
 * Every municipality's hired-staff share for the year on a map of Sweden, and the same figures as a table: every
 * municipality, those that have not reported said so.
 */
export function ShareMapSection({ year }: { year: number }) {
  const { t } = useTranslation();
  const shares = useMunicipalityShares(year);
  const borders = useMunicipalityBorders();
  const rows = useMemo<MapRow[]>(() => {
    const byCode = new Map<string, MapRow>();
    borders.data?.features.forEach(({ properties: { code, name } }) => byCode.set(code, { code, name }));
    shares.data?.forEach((share) =>
      byCode.set(share.municipalityCode, {
        code: share.municipalityCode,
        name: share.municipalityName,
        share: share.share,
      }),
    );
    return [...byCode.values()].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  }, [borders.data, shares.data]);
  const title = t('costs.map.heading', { year });
  const reporting = rows.filter((row) => row.share !== undefined).length;
  return (
    <section aria-labelledby="costs-map-heading">
      <h3 id="costs-map-heading">{title}</h3>
      {shares.isError && <ErrorAlert error={shares.error} onRetry={() => void shares.refetch()} />}
      {(shares.isPending || borders.isPending) && <Loading />}
      {shares.data && !borders.isPending && (
        <>
          <p>{t('costs.map.reporting', { count: rows.length, reporting: formatNumber(reporting) })}</p>
          {borders.data ? (
            <ShareMap title={title} borders={borders.data} shares={shares.data} />
          ) : (
            <MapUnavailable onRetry={() => void borders.refetch()} />
          )}
          <details className="costs-map-table">
            <summary>{t('costs.map.asTable', { count: rows.length })}</summary>
            <TableScroll>
              <table className="data-table">
                <caption>{title}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('costs.map.municipality')}</th>
                    <th scope="col">{t('costs.map.share')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.code}>
                      <th scope="row">{row.name}</th>
                      <td className="numeric">
                        {row.share === undefined ? t('costs.map.noData') : formatPercent(row.share, 2)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </details>
        </>
      )}
    </section>
  );
}
