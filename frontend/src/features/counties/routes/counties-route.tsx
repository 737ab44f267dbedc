import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { Loading } from '@/components/ui/loading';
import { appPaths } from '@/lib/app-paths';
import { formatNumber } from '@/utils/format';
import { useDocumentTitle } from '@/utils/use-document-title';
import { useCounties } from '../api/list-counties';
import { TableScroll } from '@/components/ui/table-scroll';

export function CountiesRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('counties.title'));
  const counties = useCounties();

  return (
    <>
      <h1>{t('counties.title')}</h1>
      <p className="lead">{t('counties.intro')}</p>
      {counties.isPending && <Loading />}
      {counties.isError && <ErrorAlert error={counties.error} onRetry={() => void counties.refetch()} />}
      {counties.isSuccess && (
        <TableScroll>
          <table className="data-table">
            <caption>{t('counties.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('counties.columns.code')}</th>
                <th scope="col">{t('counties.columns.name')}</th>
                <th scope="col" className="numeric">
                  {t('counties.columns.municipalityCount')}
                </th>
              </tr>
            </thead>
            <tbody>
              {counties.data.map((county) => (
                <tr key={county.code}>
                  <td>{county.code}</td>
                  <th scope="row">
                    <Link to={appPaths.county(county.code)}>{county.name}</Link>
                  </th>
                  <td className="numeric">{formatNumber(county.municipalityCount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}
