import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { Loading } from '@/components/ui/loading';
import { isNotFound } from '@/lib/api/api-error';
import { appPaths } from '@/lib/app-paths';
import { formatNumber } from '@/utils/format';
import { useDocumentTitle } from '@/utils/use-document-title';
import { useCounty } from '../api/get-county';

/** The county's profile (figures, its municipalities, survey ranking, campaigns); the app hands it in. */
export type CountySectionComponent = ComponentType<{ countyCode: string }>;

export function CountyRoute({ ProfileSection }: { ProfileSection?: CountySectionComponent }) {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const county = useCounty(code);
  const notFound = isNotFound(county.error);
  useDocumentTitle(county.data?.name ?? (notFound ? t('county.notFound') : t('counties.title')));

  return (
    <>
      <p className="back-link">
        <Link to={appPaths.counties}>← {t('county.back')}</Link>
      </p>
      {county.isPending && <Loading />}
      {notFound && (
        <>
          <h1>{t('county.notFound')}</h1>
          <p>{t('county.notFoundBody', { code })}</p>
        </>
      )}
      {county.isError && !notFound && (
        <ErrorAlert error={county.error} onRetry={() => void county.refetch()} />
      )}
      {county.isSuccess && (
        <>
          <h1>{county.data.name}</h1>
          <dl className="facts">
            <div>
              <dt>{t('county.code')}</dt>
              <dd>{county.data.code}</dd>
            </div>
            <div>
              <dt>{t('county.municipalityCount')}</dt>
              <dd>{formatNumber(county.data.municipalityCount)}</dd>
            </div>
          </dl>
          {ProfileSection ? (
            <ProfileSection countyCode={county.data.code} />
          ) : (
            <>
              <h2>{t('county.municipalities', { name: county.data.name })}</h2>
              <ul className="link-list">
                {county.data.municipalities.map((municipality) => (
                  <li key={municipality.code}>
                    <Link to={appPaths.municipality(municipality.code)}>{municipality.name}</Link>{' '}
                    <span className="muted">{municipality.code}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </>
  );
}
