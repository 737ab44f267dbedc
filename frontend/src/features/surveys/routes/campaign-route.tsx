import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { Loading } from '@/components/ui/loading';
import { isNotFound } from '@/lib/api/api-error';
import { appPaths } from '@/lib/app-paths';
import { formatDate, formatNumber, formatPercent } from '@/utils/format';
import { useDocumentTitle } from '@/utils/use-document-title';
import { useCampaign } from '../api/get-campaign';
import { useCampaignResponseRates } from '../api/get-campaign-response-rates';
import { useCountyName } from '../components/county-choice';
import { ResponseRateTable } from '../components/response-rate-table';
import { useLocalized } from '@/utils/localized';
import '../surveys.css';
import { TableScroll } from '@/components/ui/table-scroll';

/** A campaign: its questionnaires and how many municipalities have answered them. */
export function CampaignRoute() {
  const { t } = useTranslation();
  const localized = useLocalized();
  const countyName = useCountyName();
  const { id = '' } = useParams();
  const campaign = useCampaign(id);
  const rates = useCampaignResponseRates(id);
  useDocumentTitle(campaign.data?.title ?? t('surveys.title'));

  return (
    <>
      <p className="back-link">
        <Link to={appPaths.surveys}>← {t('surveys.campaign.back')}</Link>
      </p>
      {campaign.isPending && <Loading />}
      {campaign.isError && (
        <ErrorAlert
          error={campaign.error}
          onRetry={isNotFound(campaign.error) ? undefined : () => void campaign.refetch()}
        />
      )}
      {campaign.data && (
        <>
          <h1>{campaign.data.title}</h1>
          {campaign.data.description && <p className="lead">{campaign.data.description}</p>}
          <p>
            {t('surveys.columns.owner')}: {countyName(campaign.data.ownerCountyCode)}
          </p>

          <section aria-labelledby="campaign-rates">
            <h2 id="campaign-rates">{t('surveys.campaign.rates')}</h2>
            {rates.isPending && <Loading />}
            {rates.isError && <ErrorAlert error={rates.error} onRetry={() => void rates.refetch()} />}
            {rates.data && (
              <>
                <p className="lead">
                  {t('surveys.campaign.summary', {
                    count: rates.data.municipalities.submittedAny,
                    formatted: formatNumber(rates.data.municipalities.submittedAny),
                    municipalitiesPercent: formatPercent(rates.data.municipalities.submittedAnyPercent),
                    invitationsPercent: formatPercent(rates.data.invitations.submittedPercent),
                  })}
                </p>
                <ResponseRateTable
                  caption={t('surveys.campaign.perQuestionnaire')}
                  nameHeader={t('surveys.campaign.questionnaire')}
                  rows={rates.data.questionnaires.map((row) => ({
                    key: row.questionnaireId,
                    name: localized(row.title),
                    rate: row.total,
                  }))}
                />
                <TableScroll>
                  <table className="data-table">
                    <caption>{t('surveys.campaign.perCounty')}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('surveys.campaign.county')}</th>
                        <th scope="col">{t('surveys.campaign.municipalitiesInvited')}</th>
                        <th scope="col">{t('surveys.campaign.municipalitiesAnswered')}</th>
                        <th scope="col">{t('surveys.campaign.invitationsPercent')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {rates.data.byCounty.map((row) => (
                        <tr key={row.countyCode}>
                          <th scope="row">{row.countyName}</th>
                          <td className="numeric">{formatNumber(row.municipalities.invited)}</td>
                          <td className="numeric">
                            {formatNumber(row.municipalities.submittedAny)} (
                            {formatPercent(row.municipalities.submittedAnyPercent)})
                          </td>
                          <td className="numeric">{formatPercent(row.invitations.submittedPercent)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </TableScroll>
              </>
            )}
          </section>

          <section aria-labelledby="campaign-questionnaires">
            <h2 id="campaign-questionnaires">{t('surveys.campaign.questionnaires')}</h2>
            {campaign.data.questionnaires.length === 0 ? (
              <p>{t('surveys.campaign.empty')}</p>
            ) : (
              <ul className="plain-list">
                {campaign.data.questionnaires.map((questionnaire) => (
                  <li key={questionnaire.id}>
                    <Link to={appPaths.questionnaire(questionnaire.id)}>
                      {localized(questionnaire.title)}
                    </Link>{' '}
                    <span className="muted">
                      ({t(`surveys.status.${questionnaire.status}`)}, {formatDate(questionnaire.updatedAt)})
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </>
  );
}
