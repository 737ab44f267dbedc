import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { ErrorAlert } from '@/components/ui/error-alert';
import { Loading } from '@/components/ui/loading';
import { ApiError } from '@/lib/api/api-error';
import { appPaths } from '@/lib/app-paths';
import { formatDate, formatDateTime, formatNumber } from '@/utils/format';
import { useDocumentTitle } from '@/utils/use-document-title';
import { useArchiveQuestionnaire } from '../api/archive-questionnaire';
import { useCloseQuestionnaire } from '../api/close-questionnaire';
import { useCampaign } from '../api/get-campaign';
import { questionnaireQueryKey } from '../api/get-questionnaire';
import { useQuestionnaireVersion } from '../api/get-questionnaire-version';
import { useOpenQuestionnaire } from '../api/open-questionnaire';
import type { Questionnaire } from '../api/types';
import { useCountyName } from '../components/county-choice';
import { QuestionnaireOutline } from '../components/questionnaire-outline';
import { useLocalized } from '@/utils/localized';
import { useQuestionnaireContext } from './questionnaire-route';
import { TableScroll } from '@/components/ui/table-scroll';

/** Översikt: settings, status with the lifecycle buttons, and the versions. */
export function QuestionnaireOverviewRoute() {
  const { t } = useTranslation();
  const localized = useLocalized();
  const { questionnaire, mayManage } = useQuestionnaireContext();
  useDocumentTitle(`${localized(questionnaire.title)}: ${t('surveys.questionnaire.overview')}`);
  const countyName = useCountyName();
  const campaign = useCampaign(questionnaire.campaignId ?? '');

  const facts: [string, React.ReactNode][] = [
    [t('surveys.overview.status'), t(`surveys.status.${questionnaire.status}`)],
    [
      t('surveys.overview.campaign'),
      questionnaire.campaignId ? (
        <Link to={appPaths.campaign(questionnaire.campaignId)}>{campaign.data?.title ?? '…'}</Link>
      ) : (
        t('surveys.campaigns.none')
      ),
    ],
    [t('surveys.overview.owner'), countyName(questionnaire.ownerCountyCode)],
    [
      t('surveys.overview.anonymous'),
      questionnaire.anonymous ? t('surveys.overview.anonymousYes') : t('surveys.overview.anonymousNo'),
    ],
    [
      t('surveys.overview.opensAt'),
      questionnaire.opensAt ? formatDate(questionnaire.opensAt) : t('surveys.overview.notSet'),
    ],
    [
      t('surveys.overview.closesAt'),
      questionnaire.closesAt ? formatDate(questionnaire.closesAt) : t('surveys.overview.notSet'),
    ],
    [t('surveys.overview.version'), formatNumber(questionnaire.currentVersion)],
    [t('surveys.overview.updated'), formatDateTime(questionnaire.updatedAt)],
    ...(questionnaire.templateKey
      ? ([[t('surveys.overview.template'), <code key="template">{questionnaire.templateKey}</code>]] as [
          string,
          React.ReactNode,
        ][])
      : []),
  ];

  return (
    <>
      <h2>{t('surveys.overview.settings')}</h2>
      {questionnaire.description && <p className="lead">{localized(questionnaire.description)}</p>}
      <dl className="facts">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>

      <section aria-labelledby="overview-lifecycle">
        <h2 id="overview-lifecycle">{t('surveys.overview.lifecycle')}</h2>
        {mayManage ? <Lifecycle questionnaire={questionnaire} /> : <p>{t('surveys.overview.readOnly')}</p>}
      </section>

      <Versions questionnaire={questionnaire} />
    </>
  );
}

function Lifecycle({ questionnaire }: { questionnaire: Questionnaire }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const title = localized(questionnaire.title);
  const open = useOpenQuestionnaire(questionnaire.id);
  const close = useCloseQuestionnaire(questionnaire.id);
  const archive = useArchiveQuestionnaire(questionnaire.id);
  const queryClient = useQueryClient();
  const [changed, setChanged] = useState('');
  const done = {
    onSuccess: (next: Questionnaire) =>
      setChanged(t('surveys.overview.changed', { status: t(`surveys.status.${next.status}`).toLowerCase() })),
  };
  const error = open.error ?? close.error ?? archive.error;
  const pending = open.isPending || close.isPending || archive.isPending;
  const { status } = questionnaire;
  // Someone else changed the questionnaire since it was loaded: nothing changed; reload to see their change.
  const conflict = error instanceof ApiError && error.status === 412;
  const reload = async () => {
    await queryClient.refetchQueries({ queryKey: questionnaireQueryKey(questionnaire.id) });
    [open, close, archive].forEach((mutation) => mutation.reset());
  };

  return (
    <>
      {conflict ? (
        <div role="alert" className="alert alert-error">
          <p className="alert-title">{t('surveys.overview.conflict')}</p>
          <button type="button" className="button" onClick={() => void reload()}>
            {t('surveys.overview.reload')}
          </button>
        </div>
      ) : (
        error && <ErrorAlert error={error} />
      )}
      <div className="surveys-actions">
        {(status === 'draft' || status === 'closed') && (
          <ConfirmButton
            label={status === 'draft' ? t('surveys.overview.open') : t('surveys.overview.reopen')}
            target={title}
            question={t('surveys.overview.openQuestion')}
            confirmLabel={t('surveys.overview.openConfirm')}
            onConfirm={() => open.mutate(questionnaire.revision, done)}
            pending={pending}
          />
        )}
        {status === 'open' && (
          <ConfirmButton
            label={t('surveys.overview.close')}
            target={title}
            question={t('surveys.overview.closeQuestion')}
            confirmLabel={t('surveys.overview.closeConfirm')}
            onConfirm={() => close.mutate(questionnaire.revision, done)}
            pending={pending}
          />
        )}
        {(status === 'draft' || status === 'closed') && (
          <ConfirmButton
            label={t('surveys.overview.archive')}
            target={title}
            question={t('surveys.overview.archiveQuestion')}
            confirmLabel={t('surveys.overview.archiveConfirm')}
            onConfirm={() => archive.mutate(questionnaire.revision, done)}
            pending={pending}
          />
        )}
      </div>
      <p role="status" className="status-message">
        {changed}
      </p>
    </>
  );
}

function Versions({ questionnaire }: { questionnaire: Questionnaire }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState<number>();
  const version = useQuestionnaireVersion(questionnaire.id, shown);

  return (
    <section aria-labelledby="overview-versions">
      <h2 id="overview-versions">{t('surveys.overview.versions')}</h2>
      <TableScroll>
        <table className="data-table">
          <caption>{t('surveys.overview.versionsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('surveys.overview.versionColumns.version')}</th>
              <th scope="col">{t('surveys.overview.versionColumns.created')}</th>
              <th scope="col">{t('surveys.overview.versionColumns.frozen')}</th>
              <th scope="col">{t('surveys.overview.versionColumns.responses')}</th>
            </tr>
          </thead>
          <tbody>
            {questionnaire.versions.map((info) => (
              <tr key={info.version}>
                <th scope="row">
                  <button
                    type="button"
                    className="link-button"
                    aria-pressed={shown === info.version}
                    onClick={() => setShown(shown === info.version ? undefined : info.version)}
                  >
                    {formatNumber(info.version)}
                    <span className="visually-hidden">
                      {' '}
                      {t('surveys.overview.showVersion', { version: info.version })}
                    </span>
                  </button>
                  {info.version === questionnaire.currentVersion && (
                    <span className="muted"> ({t('surveys.overview.current')})</span>
                  )}
                </th>
                <td>{formatDateTime(info.createdAt)}</td>
                <td>{info.frozenAt ? formatDateTime(info.frozenAt) : t('surveys.overview.notFrozen')}</td>
                <td className="numeric">{formatNumber(info.responses)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {shown !== undefined && (
        <section aria-labelledby="overview-version-questions">
          <h3 id="overview-version-questions">
            {t('surveys.overview.versionQuestions', { version: shown })}
          </h3>
          {version.isPending && <Loading />}
          {version.isError && <ErrorAlert error={version.error} onRetry={() => void version.refetch()} />}
          {version.data && <QuestionnaireOutline definition={version.data.definition} />}
        </section>
      )}
    </section>
  );
}
