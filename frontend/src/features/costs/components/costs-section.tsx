import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/error-alert';
import { Loading } from '@/components/ui/loading';
import { useMe } from '@/lib/auth/get-me';
import { mayEditMunicipality } from '@/lib/auth/permissions';
import { useServiceAreas } from '@/lib/catalogues/list-service-areas';
import { formatPercent } from '@/utils/format';
import { useCatalogueName } from '@/utils/localized';
import { type ShareFigures, useMunicipalityShares, useShares } from '../api/costs-api';
import { CostUpload } from './cost-upload';
import { ShareMap } from './share-map';
import { Targets } from './targets';
import '../costs.css';

const thisYear = new Date().getFullYear();
const years = Array.from({ length: thisYear - 2000 + 2 }, (_, i) => thisYear + 1 - i);

const percent = (figures: ShareFigures | undefined) =>
  figures?.share === undefined ? '–' : formatPercent(figures.share, 2);

/**
 * A municipality's staffing-agency costs: reporting them from a file (its editors), its hired-staff share per
 * service area against its county and the country, and every municipality's share on a map.
 */
export function CostsSection({ municipalityCode }: { municipalityCode: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const [year, setYear] = useState(thisYear - 1);
  if (!me.data) return null;
  const countyCode = municipalityCode.slice(0, 2); // an SCB municipality code begins with its county's
  return (
    <section className="costs" aria-labelledby="costs-heading">
      <h2 id="costs-heading">{t('costs.heading')}</h2>
      <p>{t('costs.intro')}</p>
      <div className="field costs-year">
        <label htmlFor="costs-year">{t('costs.year')}</label>
        <select id="costs-year" value={year} onChange={(event) => setYear(Number(event.target.value))}>
          {years.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      </div>
      {mayEditMunicipality(me.data, municipalityCode) && <CostUpload municipalityCode={municipalityCode} />}
      <ShareComparison year={year} municipalityCode={municipalityCode} countyCode={countyCode} />
      <Targets municipalityCode={municipalityCode} mayEdit={mayEditMunicipality(me.data, municipalityCode)} />
      <ShareMapSection year={year} />
    </section>
  );
}

function ShareComparison({
  year,
  municipalityCode,
  countyCode,
}: {
  year: number;
  municipalityCode: string;
  countyCode: string;
}) {
  const { t } = useTranslation();
  const catalogueName = useCatalogueName();
  const areas = useServiceAreas();
  const own = useShares({ year, municipality: municipalityCode });
  const county = useShares({ year, county: countyCode });
  const country = useShares({ year });
  const queries = [own, county, country];
  const failed = queries.find((query) => query.isError);
  if (failed) return <ErrorAlert error={failed.error} onRetry={() => void failed.refetch()} />;
  if (!own.data || !county.data || !country.data || !areas.data) return <Loading />;
  const areaCodes = [
    ...new Set([...own.data.areas, ...county.data.areas, ...country.data.areas].map((a) => a.serviceArea!)),
  ];
  const byArea = (data: typeof own.data, code: string) => data.areas.find((a) => a.serviceArea === code);
  return (
    <div className="table-wrapper">
      <table className="data-table">
        <caption>{t('costs.comparison.caption', { year })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('costs.comparison.area')}</th>
            <th scope="col">{t('costs.comparison.municipality')}</th>
            <th scope="col">{t('costs.comparison.county')}</th>
            <th scope="col">{t('costs.comparison.country')}</th>
          </tr>
        </thead>
        <tbody>
          {areaCodes.map((code) => (
            <tr key={code}>
              <th scope="row">{catalogueName(areas.data.find((area) => area.code === code)) || code}</th>
              <td className="numeric">{percent(byArea(own.data, code))}</td>
              <td className="numeric">{percent(byArea(county.data, code))}</td>
              <td className="numeric">{percent(byArea(country.data, code))}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t('costs.comparison.total')}</th>
            <td className="numeric">{percent(own.data.total)}</td>
            <td className="numeric">{percent(county.data.total)}</td>
            <td className="numeric">{percent(country.data.total)}</td>
          </tr>
        </tbody>
      </table>
      {own.data.total.share === undefined && <p className="muted">{t('costs.comparison.none', { year })}</p>}
    </div>
  );
}

function ShareMapSection({ year }: { year: number }) {
  const { t } = useTranslation();
  const shares = useMunicipalityShares(year);
  const sorted = useMemo(
    () => [...(shares.data ?? [])].sort((a, b) => a.municipalityName.localeCompare(b.municipalityName, 'sv')),
    [shares.data],
  );
  const title = t('costs.map.heading', { year });
  return (
    <section aria-labelledby="costs-map-heading">
      <h3 id="costs-map-heading">{title}</h3>
      {shares.isError && <ErrorAlert error={shares.error} onRetry={() => void shares.refetch()} />}
      {shares.isPending && <Loading />}
      {shares.data && (
        <>
          <ShareMap title={title} shares={shares.data} />
          <details className="costs-map-table">
            <summary>{t('costs.map.asTable', { count: sorted.length })}</summary>
            <div className="table-wrapper">
              <table className="data-table">
                <caption>{title}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('costs.map.municipality')}</th>
                    <th scope="col">{t('costs.map.share')}</th>
                  </tr>
                </thead>
                <tbody>
                  {sorted.map((share) => (
                    <tr key={share.municipalityCode}>
                      <th scope="row">{share.municipalityName}</th>
                      <td className="numeric">
                        {share.share === undefined ? '–' : formatPercent(share.share, 2)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </>
      )}
    </section>
  );
}
