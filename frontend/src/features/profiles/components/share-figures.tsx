import { useTranslation } from 'react-i18next';
import type { components } from '@/lib/api/schema';
import { useCatalogueName } from '@/utils/localized';
import { formatPercent } from '@/utils/format';
import { ScrollTable } from './scroll-table';

type AreaTrend = components['schemas']['AreaShareTrend'];

const percent = (value: number | undefined, none: string) =>
  value === undefined ? none : formatPercent(value, 2);

type ShareFiguresProps = {
  /** The subject's name, e.g. Kiruna or Norrbottens län. */
  name: string;
  countyName?: string;
  /** All areas together first, then per service area. */
  shares: readonly AreaTrend[];
};

/**
 * The hired-staff share: its trend over the years in all areas against county and country, and the latest year per
 * service area. On a municipality's profile the first column is the municipality; on a county's, the county.
 */
export function ShareFigures({ name, countyName, shares }: ShareFiguresProps) {
  const { t } = useTranslation();
  const areaName = useCatalogueName();
  const none = t('profiles.noFigure');
  const total = shares[0];
  const municipal = countyName !== undefined;
  const own = (point: AreaTrend['points'][number]) => (municipal ? point.municipality : point.county);
  const points = (total?.points ?? []).filter(
    (point) => own(point) !== undefined || point.county !== undefined,
  );
  if (points.length === 0) {
    return <p>{t('profiles.noShares')}</p>;
  }
  const latestYear = Math.max(...points.filter((point) => own(point) !== undefined).map((p) => p.year));
  const byArea = shares.slice(1).flatMap((area) => {
    const point = area.points.find((candidate) => candidate.year === latestYear);
    return point && own(point) !== undefined ? [{ area, point }] : [];
  });
  const latest = points.find((point) => point.year === latestYear);
  return (
    <>
      {latest && own(latest) !== undefined && (
        <p className="profile-headline" data-testid="latest-share">
          {t('profiles.latestShare', { name, year: latestYear, share: formatPercent(own(latest)!, 2) })}
        </p>
      )}
      <ScrollTable caption={t('profiles.trendCaption', { name })}>
        <thead>
          <tr>
            <th scope="col">{t('profiles.year')}</th>
            <th scope="col">{name}</th>
            {municipal && <th scope="col">{countyName}</th>}
            <th scope="col">{t('profiles.country')}</th>
          </tr>
        </thead>
        <tbody>
          {points.map((point) => (
            <tr key={point.year}>
              <th scope="row">{point.year}</th>
              <td className="numeric">{percent(own(point), none)}</td>
              {municipal && <td className="numeric">{percent(point.county, none)}</td>}
              <td className="numeric">{percent(point.country, none)}</td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      {Number.isFinite(latestYear) && byArea.length > 0 && (
        <ScrollTable caption={t('profiles.areasCaption', { name, year: latestYear })}>
          <thead>
            <tr>
              <th scope="col">{t('profiles.serviceArea')}</th>
              <th scope="col">{name}</th>
              {municipal && <th scope="col">{countyName}</th>}
              <th scope="col">{t('profiles.country')}</th>
            </tr>
          </thead>
          <tbody>
            {byArea.map(({ area, point }) => (
              <tr key={area.serviceArea}>
                <th scope="row">{areaName(area)}</th>
                <td className="numeric">{percent(own(point), none)}</td>
                {municipal && <td className="numeric">{percent(point.county, none)}</td>}
                <td className="numeric">{percent(point.country, none)}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
    </>
  );
}
