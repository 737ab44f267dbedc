import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { Loading } from '@/components/ui/loading';
import { appPaths } from '@/lib/app-paths';
import { formatDate, formatNumber, formatPercent } from '@/utils/format';
import { useLocalized } from '@/utils/localized';
import { useDocumentTitle } from '@/utils/use-document-title';
import { useAdminDashboard } from '../api/get-dashboard';
import { ScrollTable } from '../components/scroll-table';

/** Where an administrator starts: open questionnaires with their response rates, and who has not reported costs. */
export function DashboardRoute() {
  const { t } = useTranslation();
  const dashboard = useAdminDashboard();
  const localized = useLocalized();
  useDocumentTitle(t('dashboard.title'));
  return (
    <>
      <h1>{t('dashboard.title')}</h1>
      {dashboard.isPending && <Loading />}
      {dashboard.isError && <ErrorAlert error={dashboard.error} onRetry={() => void dashboard.refetch()} />}
      {dashboard.data && (
        <>
          <section aria-labelledby="dashboard-open-heading">
            <h2 id="dashboard-open-heading">{t('dashboard.openHeading')}</h2>
            {dashboard.data.openQuestionnaires.length === 0 ? (
              <p>{t('dashboard.noneOpen')}</p>
            ) : (
              <ScrollTable caption={t('dashboard.openCaption')}>
                <thead>
                  <tr>
                    <th scope="col">{t('dashboard.questionnaire')}</th>
                    <th scope="col">{t('dashboard.closes')}</th>
                    <th scope="col">{t('dashboard.submitted')}</th>
                  </tr>
                </thead>
                <tbody>
                  {dashboard.data.openQuestionnaires.map((questionnaire) => (
                    <tr key={questionnaire.id}>
                      <th scope="row">
                        <Link to={appPaths.questionnaire(questionnaire.id)}>
                          {localized(questionnaire.title)}
                        </Link>
                      </th>
                      <td>{questionnaire.closesAt ? formatDate(questionnaire.closesAt) : '–'}</td>
                      <td className="numeric">
                        {t('dashboard.rate', {
                          submitted: formatNumber(questionnaire.rate.submitted),
                          invited: formatNumber(questionnaire.rate.invited),
                          percent: formatPercent(questionnaire.rate.submittedPercent, 1),
                        })}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </ScrollTable>
            )}
          </section>
          <section aria-labelledby="dashboard-missing-heading">
            <h2 id="dashboard-missing-heading">
              {t('dashboard.missingHeading', { year: dashboard.data.costYear })}
            </h2>
            <p>
              {t('dashboard.missingSummary', {
                missing: formatNumber(dashboard.data.missingCostReports.length),
                total: formatNumber(dashboard.data.municipalityCount),
                year: dashboard.data.costYear,
              })}
            </p>
            {dashboard.data.missingCostReports.length > 0 && (
              <details>
                <summary>{t('dashboard.showMissing')}</summary>
                <ul className="link-list dashboard-missing">
                  {dashboard.data.missingCostReports.map((municipality) => (
                    <li key={municipality.code}>
                      <Link to={appPaths.municipality(municipality.code)}>{municipality.name}</Link>
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </section>
        </>
      )}
    </>
  );
}
