import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { Loading } from '@/components/ui/loading';
import { appPaths } from '@/lib/app-paths';
import { useMe } from '@/lib/auth/get-me';
import { mayEditMunicipality } from '@/lib/auth/permissions';
import { formatDate, formatPercent } from '@/utils/format';
import { useCatalogueName, useLocalized } from '@/utils/localized';
import { useMunicipalityProfile } from '../api/get-municipality-profile';
import { MatrixRanking } from './matrix-ranking';
import { PublishPanel, type Publishable } from './publish-panel';
import { ScrollTable } from './scroll-table';
import { ShareFigures } from './share-figures';

const STATUS_KEYS = {
  met: 'profiles.targetStatus.met',
  on_track: 'profiles.targetStatus.on_track',
  off_track: 'profiles.targetStatus.off_track',
  no_data: 'profiles.targetStatus.no_data',
} as const;

/**
 * A municipality's profile, figures first: its hired-staff share against county and country, its targets, its latest
 * competence-matrix survey, its decisions and plans; to a visitor, only what is published.
 */
export function MunicipalityProfileSection({ municipalityCode }: { municipalityCode: string }) {
  const { t } = useTranslation();
  const profile = useMunicipalityProfile(municipalityCode);
  const me = useMe();
  const localized = useLocalized();
  const areaName = useCatalogueName();
  if (profile.isPending) return <Loading />;
  if (profile.isError) return <ErrorAlert error={profile.error} onRetry={() => void profile.refetch()} />;
  const data = profile.data;
  const areas = new Map(data.shares.map((area) => [area.serviceArea ?? '', area]));
  const years = (data.shares[0]?.points ?? []).filter((p) => p.municipality !== undefined).map((p) => p.year);
  const publishable: Publishable[] = mayEditMunicipality(me.data, municipalityCode)
    ? [...new Set([...years, ...data.publishedYears])]
        .sort((a, b) => b - a)
        .map((year) => ({
          label: t('profiles.publish.figuresOf', { year }),
          request: { kind: 'municipality_year', municipalityCode, year },
          publication: data.publications.find((p) => p.kind === 'municipality_year' && p.year === year),
        }))
    : [];
  return (
    <div className="profile">
      {data.restricted && <p className="muted">{t('profiles.restricted')}</p>}
      <section aria-labelledby="profile-shares-heading">
        <h2 id="profile-shares-heading">{t('profiles.sharesHeading')}</h2>
        <ShareFigures name={data.name} countyName={data.countyName} shares={data.shares} />
      </section>
      <section aria-labelledby="profile-targets-heading">
        <h2 id="profile-targets-heading">{t('profiles.targetsHeading')}</h2>
        {data.targets.length === 0 ? (
          <p>{t('profiles.noTargets')}</p>
        ) : (
          <ScrollTable caption={t('profiles.targetsCaption', { name: data.name })}>
            <thead>
              <tr>
                <th scope="col">{t('profiles.serviceArea')}</th>
                <th scope="col">{t('profiles.targetYear')}</th>
                <th scope="col">{t('profiles.maxShare')}</th>
                <th scope="col">{t('profiles.latest')}</th>
                <th scope="col">{t('profiles.status')}</th>
              </tr>
            </thead>
            <tbody>
              {data.targets.map((target) => (
                <tr key={`${target.serviceArea ?? ''}-${target.year}`}>
                  <th scope="row">
                    {target.serviceArea
                      ? areaName(areas.get(target.serviceArea)) || target.serviceArea
                      : t('profiles.allAreas')}
                  </th>
                  <td>{target.year}</td>
                  <td className="numeric">{formatPercent(target.maxShare, 2)}</td>
                  <td className="numeric">
                    {target.latestShare === undefined
                      ? t('profiles.noFigure')
                      : `${formatPercent(target.latestShare, 2)} (${target.latestYear})`}
                  </td>
                  <td>{t(STATUS_KEYS[target.status])}</td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
        )}
      </section>
      <section aria-labelledby="profile-survey-heading">
        <h2 id="profile-survey-heading">{t('profiles.surveyHeading')}</h2>
        {!data.survey ? (
          <p>{t('profiles.noSurvey')}</p>
        ) : (
          <>
            <p>
              {t('profiles.surveyIntro', { title: localized(data.survey.title) })}
              {data.survey.lastSubmittedAt && ` (${formatDate(data.survey.lastSubmittedAt)})`}
              {!data.survey.published && ` — ${t('profiles.unpublishedSurvey')}`}
            </p>
            {data.survey.own && (
              <MatrixRanking
                caption={t('profiles.ownMatrixCaption', { name: data.name })}
                cells={data.survey.own}
                counted={false}
              />
            )}
            <MatrixRanking
              caption={t('profiles.countyMatrixCaption', { name: data.countyName })}
              cells={data.survey.county}
              counted
            />
          </>
        )}
      </section>
      {data.decisions && (
        <section aria-labelledby="profile-decisions-heading">
          <h2 id="profile-decisions-heading">{t('profiles.decisionsHeading')}</h2>
          {data.decisions.length === 0 ? (
            <p>{t('profiles.noDecisions')}</p>
          ) : (
            <ul className="link-list">
              {data.decisions.map((decision) => (
                <li key={decision.id}>
                  {decision.decidedOn}: {decision.decisionBody}
                  {decision.reference && <span className="muted"> ({decision.reference})</span>}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      {data.plans && (
        <section aria-labelledby="profile-plans-heading">
          <h2 id="profile-plans-heading">{t('profiles.plansHeading')}</h2>
          {data.plans.length === 0 ? (
            <p>{t('profiles.noPlans')}</p>
          ) : (
            <ul className="link-list">
              {data.plans.map((plan) => (
                <li key={plan.id}>
                  <Link to={appPaths.plan(plan.id)}>{plan.title}</Link>{' '}
                  <span className="muted">
                    {plan.periodStart}–{plan.periodEnd}.{' '}
                    {t('profiles.planStatus', {
                      onTrack: plan.activities.onTrack,
                      atRisk: plan.activities.atRisk,
                      late: plan.activities.late,
                      done: plan.activities.done,
                    })}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      {publishable.length > 0 && <PublishPanel items={publishable} />}
    </div>
  );
}
