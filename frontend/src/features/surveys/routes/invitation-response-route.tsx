import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { Loading } from '@/components/ui/loading';
import { isNotFound } from '@/lib/api/api-error';
import { appPaths } from '@/lib/app-paths';
import { formatDateTime, formatNumber } from '@/utils/format';
import { useDocumentTitle } from '@/utils/use-document-title';
import { useInvitationResponse } from '../api/get-invitation-response';
import { useQuestionnaireVersion } from '../api/get-questionnaire-version';
import { useProfessions } from '@/lib/catalogues/list-professions';
import { useServiceAreas } from '@/lib/catalogues/list-service-areas';
import type { QuestionnaireFormComponent } from '../components/form-preview';
import { useQuestionnaireContext } from './questionnaire-route';

/** One municipality's answers, read-only, in the form they were given in (at their version). */
export function InvitationResponseRoute({
  QuestionnaireForm,
}: {
  QuestionnaireForm?: QuestionnaireFormComponent;
}) {
  const { t } = useTranslation();
  const { questionnaire } = useQuestionnaireContext();
  const { invitationId = '' } = useParams();
  const response = useInvitationResponse(invitationId);
  const version = useQuestionnaireVersion(questionnaire.id, response.data?.version);
  const professions = useProfessions();
  const serviceAreas = useServiceAreas();
  const data = response.data;
  useDocumentTitle(data ? t('surveys.response.title', { name: data.municipalityName }) : t('surveys.title'));

  return (
    <>
      <p className="back-link">
        <Link to={appPaths.questionnaireInvitations(questionnaire.id)}>← {t('surveys.response.back')}</Link>
      </p>
      {response.isPending && <Loading />}
      {response.isError && (
        <ErrorAlert
          error={response.error}
          onRetry={isNotFound(response.error) ? undefined : () => void response.refetch()}
        />
      )}
      {data && (
        <>
          <h2>{t('surveys.response.title', { name: data.municipalityName })}</h2>
          <dl className="facts">
            <div>
              <dt>{t('surveys.response.status')}</dt>
              <dd>{t(`surveys.invitationStatus.${data.status}`)}</dd>
            </div>
            <div>
              <dt>{t('surveys.response.version')}</dt>
              <dd>{formatNumber(data.version)}</dd>
            </div>
            <div>
              <dt>{t('surveys.response.updated')}</dt>
              <dd>{formatDateTime(data.updatedAt)}</dd>
            </div>
            {data.submittedAt && (
              <div>
                <dt>{t('surveys.response.submitted')}</dt>
                <dd>{formatDateTime(data.submittedAt)}</dd>
              </div>
            )}
          </dl>
          <section aria-labelledby="response-answers">
            <h3 id="response-answers">{t('surveys.response.answers')}</h3>
            {(version.isPending || professions.isPending || serviceAreas.isPending) && <Loading />}
            {version.isError && <ErrorAlert error={version.error} onRetry={() => void version.refetch()} />}
            {!QuestionnaireForm && <p>{t('surveys.response.formMissing')}</p>}
            {QuestionnaireForm && version.data && professions.data && serviceAreas.data && (
              <QuestionnaireForm
                definition={version.data.definition}
                answers={data.answers}
                professions={professions.data}
                serviceAreas={serviceAreas.data}
                readOnly
                idPrefix="response"
                headingLevel={4}
              />
            )}
          </section>
        </>
      )}
    </>
  );
}
