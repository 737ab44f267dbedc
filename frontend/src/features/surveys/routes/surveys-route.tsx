import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { Field } from '@/components/ui/field';
import { Loading } from '@/components/ui/loading';
import { Pagination } from '@/components/ui/pagination';
import { appPaths } from '@/lib/app-paths';
import { useMe } from '@/lib/auth/get-me';
import { mayManageSomeSurveys } from '@/lib/auth/permissions';
import { formatDate, formatNumber } from '@/utils/format';
import { useDocumentTitle } from '@/utils/use-document-title';
import { useCampaigns } from '../api/list-campaigns';
import { useQuestionnaires } from '../api/list-questionnaires';
import { CampaignCreateForm } from '../components/campaign-create-form';
import { useCountyName } from '../components/county-choice';
import { QuestionnaireCreateForm } from '../components/questionnaire-create-form';
import { TemplateImportForm } from '../components/template-import-form';
import { questionnaireStatuses, readFilters, toListParams, toSearchParams } from '../utils/list-filters';
import { useLocalized } from '@/utils/localized';
import '../surveys.css';
import { TableScroll } from '@/components/ui/table-scroll';

/** The questionnaires and campaigns, and (for those who manage surveys) ways to create them. */
export function SurveysRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('surveys.title'));
  const localized = useLocalized();
  const countyName = useCountyName();
  const me = useMe();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = readFilters(searchParams);
  const questionnaires = useQuestionnaires(toListParams(filters));
  const campaigns = useCampaigns({ size: 100 });
  const campaignTitle = (id: string | undefined) =>
    id ? (campaigns.data?.items.find((campaign) => campaign.id === id)?.title ?? '') : '';
  const pageLink = (page: number) => ({ search: `?${toSearchParams({ ...filters, page })}` });
  const data = questionnaires.data;
  const manager = mayManageSomeSurveys(me.data);

  return (
    <>
      <h1>{t('surveys.title')}</h1>
      <p className="lead">{t('surveys.intro')}</p>

      <section aria-labelledby="surveys-questionnaires">
        <h2 id="surveys-questionnaires">{t('surveys.list.heading')}</h2>
        <div className="filters">
          <Field label={t('surveys.list.statusFilter')}>
            {(control) => (
              <select
                {...control}
                value={filters.status}
                onChange={(event) =>
                  setSearchParams(
                    toSearchParams({ status: event.target.value as typeof filters.status, page: 1 }),
                  )
                }
              >
                <option value="">{t('surveys.list.allStatuses')}</option>
                {questionnaireStatuses.map((status) => (
                  <option key={status} value={status}>
                    {t(`surveys.status.${status}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <p role="status" aria-live="polite" className="result-count">
          {data
            ? t('surveys.list.count', { count: data.totalItems, formatted: formatNumber(data.totalItems) })
            : ''}
        </p>
        {questionnaires.isPending && <Loading />}
        {questionnaires.isError && (
          <ErrorAlert error={questionnaires.error} onRetry={() => void questionnaires.refetch()} />
        )}
        {data && data.totalItems === 0 && <p>{t('surveys.list.empty')}</p>}
        {data && data.items.length > 0 && (
          <>
            <TableScroll>
              <table className="data-table" aria-busy={questionnaires.isPlaceholderData}>
                <caption>
                  {filters.status ? t('surveys.list.captionFiltered') : t('surveys.list.caption')}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('surveys.columns.title')}</th>
                    <th scope="col">{t('surveys.columns.status')}</th>
                    <th scope="col">{t('surveys.columns.campaign')}</th>
                    <th scope="col">{t('surveys.columns.owner')}</th>
                    <th scope="col">{t('surveys.columns.version')}</th>
                    <th scope="col">{t('surveys.columns.updated')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((questionnaire) => (
                    <tr key={questionnaire.id}>
                      <th scope="row">
                        <Link to={appPaths.questionnaire(questionnaire.id)}>
                          {localized(questionnaire.title)}
                        </Link>
                      </th>
                      <td>{t(`surveys.status.${questionnaire.status}`)}</td>
                      <td>
                        {questionnaire.campaignId ? (
                          <Link to={appPaths.campaign(questionnaire.campaignId)}>
                            {campaignTitle(questionnaire.campaignId)}
                          </Link>
                        ) : (
                          <span className="muted">{t('surveys.campaigns.none')}</span>
                        )}
                      </td>
                      <td>{countyName(questionnaire.ownerCountyCode)}</td>
                      <td className="numeric">{formatNumber(questionnaire.currentVersion)}</td>
                      <td>{formatDate(questionnaire.updatedAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
            <Pagination page={data.page} totalPages={data.totalPages} linkTo={pageLink} />
          </>
        )}
      </section>

      <section aria-labelledby="surveys-campaigns">
        <h2 id="surveys-campaigns">{t('surveys.campaigns.heading')}</h2>
        {campaigns.isError && <ErrorAlert error={campaigns.error} onRetry={() => void campaigns.refetch()} />}
        {campaigns.data && campaigns.data.totalItems === 0 && <p>{t('surveys.campaigns.empty')}</p>}
        {campaigns.data && campaigns.data.items.length > 0 && (
          <TableScroll>
            <table className="data-table">
              <caption>{t('surveys.campaigns.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('surveys.columns.title')}</th>
                  <th scope="col">{t('surveys.columns.owner')}</th>
                  <th scope="col">{t('surveys.columns.questionnaires')}</th>
                  <th scope="col">{t('surveys.columns.created')}</th>
                </tr>
              </thead>
              <tbody>
                {campaigns.data.items.map((campaign) => (
                  <tr key={campaign.id}>
                    <th scope="row">
                      <Link to={appPaths.campaign(campaign.id)}>{campaign.title}</Link>
                    </th>
                    <td>{countyName(campaign.ownerCountyCode)}</td>
                    <td className="numeric">{formatNumber(campaign.questionnaires.length)}</td>
                    <td>{formatDate(campaign.createdAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>

      {manager && (
        <>
          <section aria-labelledby="surveys-from-template">
            <h2 id="surveys-from-template">{t('surveys.create.fromTemplate')}</h2>
            <p>{t('surveys.create.fromTemplateIntro')}</p>
            <TemplateImportForm />
          </section>
          <section aria-labelledby="surveys-blank">
            <h2 id="surveys-blank">{t('surveys.create.blank')}</h2>
            <p>{t('surveys.create.blankIntro')}</p>
            <QuestionnaireCreateForm />
          </section>
          <section aria-labelledby="surveys-campaign-new">
            <h2 id="surveys-campaign-new">{t('surveys.create.campaignNew')}</h2>
            <p>{t('surveys.create.campaignIntro')}</p>
            <CampaignCreateForm />
          </section>
        </>
      )}
    </>
  );
}
