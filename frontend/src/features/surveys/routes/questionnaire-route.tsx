import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useOutletContext, useParams } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { Loading } from '@/components/ui/loading';
import { isNotFound } from '@/lib/api/api-error';
import { appPaths } from '@/lib/app-paths';
import { useMe } from '@/lib/auth/get-me';
import { mayManageSurveysOf } from '@/lib/auth/permissions';
import { useQuestionnaire } from '../api/get-questionnaire';
import type { Questionnaire } from '../api/types';
import { useLocalized } from '@/utils/localized';
import '../surveys.css';

export type QuestionnaireContext = {
  questionnaire: Questionnaire;
  /** The person may change it: its county's coordinator, or an administrator. */
  mayManage: boolean;
};

/** The pages below a questionnaire get it from here. */
export function useQuestionnaireContext() {
  return useOutletContext<QuestionnaireContext>();
}

/** One questionnaire: its title and status, and its parts as tabs (overview, send-out, results, edit). */
export function QuestionnaireRoute() {
  const { t } = useTranslation();
  const localized = useLocalized();
  const { id = '' } = useParams();
  const me = useMe();
  const questionnaire = useQuestionnaire(id);

  if (questionnaire.isPending) return <Loading />;
  if (questionnaire.isError) {
    return (
      <>
        <p className="back-link">
          <Link to={appPaths.surveys}>← {t('surveys.questionnaire.back')}</Link>
        </p>
        <ErrorAlert
          error={questionnaire.error}
          onRetry={isNotFound(questionnaire.error) ? undefined : () => void questionnaire.refetch()}
        />
      </>
    );
  }
  const data = questionnaire.data;
  const context: QuestionnaireContext = {
    questionnaire: data,
    mayManage: mayManageSurveysOf(me.data, data.ownerCountyCode),
  };
  const tabs = [
    { to: appPaths.questionnaire(id), label: t('surveys.questionnaire.overview'), end: true },
    { to: appPaths.questionnaireInvitations(id), label: t('surveys.questionnaire.invitations'), end: false },
    { to: appPaths.questionnaireResults(id), label: t('surveys.questionnaire.results'), end: true },
    ...(context.mayManage
      ? [{ to: appPaths.questionnaireEdit(id), label: t('surveys.questionnaire.edit'), end: true }]
      : []),
  ];

  return (
    <>
      <p className="back-link">
        <Link to={appPaths.surveys}>← {t('surveys.questionnaire.back')}</Link>
      </p>
      <h1>
        {localized(data.title)} <span className="surveys-status">{t(`surveys.status.${data.status}`)}</span>
      </h1>
      <nav className="surveys-tabs" aria-label={t('surveys.questionnaire.tabs')}>
        <ul>
          {tabs.map((tab) => (
            <li key={tab.to}>
              <NavLink to={tab.to} end={tab.end}>
                {tab.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet context={context} />
    </>
  );
}
