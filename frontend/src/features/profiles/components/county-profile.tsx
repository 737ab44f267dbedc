import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { Loading } from '@/components/ui/loading';
import { appPaths } from '@/lib/app-paths';
import { useMe } from '@/lib/auth/get-me';
import { coordinatedCounties, isAdmin } from '@/lib/auth/permissions';
import { formatDate, formatPercent } from '@/utils/format';
import { useLocalized } from '@/utils/localized';
import { useCountyProfile } from '../api/get-county-profile';
import { MatrixRanking } from './matrix-ranking';
import { PublishPanel, type Publishable } from './publish-panel';
import { ScrollTable } from './scroll-table';
import { ShareFigures } from './share-figures';

/** A map of the county's municipalities coloured by share; the app hands in the costs feature's. */
export type CountyMapComponent = ComponentType<{
  title: string;
  countyCode: string;
  shares: readonly { code: string; share?: number }[];
}>;

/**
 * A county's profile: its share against the country, a table and map of its municipalities' latest shares, the
 * competence-matrix ranking of its municipalities and, for its coordinators, its campaigns.
 */
export function CountyProfileSection({ countyCode, Map }: { countyCode: string; Map?: CountyMapComponent }) {
  const { t } = useTranslation();
  const profile = useCountyProfile(countyCode);
  const me = useMe();
  const localized = useLocalized();
  if (profile.isPending) return <Loading />;
  if (profile.isError) return <ErrorAlert error={profile.error} onRetry={() => void profile.refetch()} />;
  const data = profile.data;
  const coordinates = isAdmin(me.data) || coordinatedCounties(me.data).includes(countyCode);
  const years = (data.shares[0]?.points ?? []).filter((p) => p.county !== undefined).map((p) => p.year);
  const publishable: Publishable[] = coordinates
    ? [
        ...[...new Set([...years, ...data.publishedYears])]
          .sort((a, b) => b - a)
          .map((year) => ({
            label: t('profiles.publish.figuresOf', { year }),
            request: { kind: 'county_year' as const, countyCode, year },
            publication: data.publications.find((p) => p.kind === 'county_year' && p.year === year),
          })),
        ...(data.campaigns ?? []).map((campaign) => ({
          label: t('profiles.publish.campaign', { title: campaign.title }),
          request: { kind: 'campaign' as const, campaignId: campaign.id },
          publication: data.publications.find((p) => p.kind === 'campaign' && p.campaignId === campaign.id),
        })),
      ]
    : [];
  const mapTitle = t('profiles.mapTitle', { name: data.name });
  return (
    <div className="profile">
      {data.restricted && <p className="muted">{t('profiles.restricted')}</p>}
      <section aria-labelledby="profile-shares-heading">
        <h2 id="profile-shares-heading">{t('profiles.sharesHeading')}</h2>
        <ShareFigures name={data.name} shares={data.shares} />
      </section>
      <section aria-labelledby="profile-municipalities-heading">
        <h2 id="profile-municipalities-heading">
          {t('profiles.municipalitiesHeading', { name: data.name })}
        </h2>
        {Map && <Map title={mapTitle} countyCode={countyCode} shares={data.municipalities} />}
        <ScrollTable caption={mapTitle}>
          <thead>
            <tr>
              <th scope="col">{t('profiles.municipality')}</th>
              <th scope="col">{t('profiles.year')}</th>
              <th scope="col">{t('profiles.share')}</th>
            </tr>
          </thead>
          <tbody>
            {data.municipalities.map((row) => (
              <tr key={row.code}>
                <th scope="row">
                  <Link to={appPaths.municipality(row.code)}>{row.name}</Link>
                </th>
                <td>{row.year ?? ''}</td>
                <td className="numeric">
                  {row.share === undefined ? t('profiles.noFigure') : formatPercent(row.share, 2)}
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      </section>
      <section aria-labelledby="profile-survey-heading">
        <h2 id="profile-survey-heading">{t('profiles.countySurveyHeading')}</h2>
        {!data.survey ? (
          <p>{t('profiles.noSurvey')}</p>
        ) : (
          <>
            <p>
              {t('profiles.surveyIntro', { title: localized(data.survey.title) })}
              {data.survey.lastSubmittedAt && ` (${formatDate(data.survey.lastSubmittedAt)})`}
              {!data.survey.published && ` — ${t('profiles.unpublishedSurvey')}`}
            </p>
            <MatrixRanking
              caption={t('profiles.countyMatrixCaption', { name: data.name })}
              cells={data.survey.county}
              counted
            />
          </>
        )}
      </section>
      {data.campaigns && (
        <section aria-labelledby="profile-campaigns-heading">
          <h2 id="profile-campaigns-heading">{t('profiles.campaignsHeading')}</h2>
          {data.campaigns.length === 0 ? (
            <p>{t('profiles.noCampaigns')}</p>
          ) : (
            <ul className="link-list">
              {data.campaigns.map((campaign) => (
                <li key={campaign.id}>
                  <Link to={appPaths.campaign(campaign.id)}>{campaign.title}</Link>{' '}
                  <span className="muted">
                    {t('profiles.responseRate', {
                      submitted: campaign.invitations.submitted,
                      invited: campaign.invitations.invited,
                      percent: formatPercent(campaign.invitations.submittedPercent, 1),
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
