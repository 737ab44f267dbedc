import { useState, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { Loading } from '@/components/ui/loading';
import { isNotFound } from '@/lib/api/api-error';
import { appPaths } from '@/lib/app-paths';
import { useMe } from '@/lib/auth/get-me';
import { isAdmin } from '@/lib/auth/permissions';
import { formatNumber } from '@/utils/format';
import { useDocumentTitle } from '@/utils/use-document-title';
import { useMunicipality } from '../api/get-municipality';
import { PopulationForm } from '../components/population-form';

/** A section about the municipality from another feature (its costs, its integration tokens); the app hands it in. */
export type MunicipalitySectionComponent = ComponentType<{ municipalityCode: string }>;

type MunicipalityRouteProps = {
  /** The profile: the figures, survey results, decisions and plans, first on the page. */
  ProfileSection?: MunicipalitySectionComponent;
  IntegrationSection?: MunicipalitySectionComponent;
  CostsSection?: MunicipalitySectionComponent;
  WorkforceSection?: MunicipalitySectionComponent;
  DecisionsSection?: MunicipalitySectionComponent;
  ContactsSection?: MunicipalitySectionComponent;
};

export function MunicipalityRoute({
  ProfileSection,
  IntegrationSection,
  CostsSection,
  WorkforceSection,
  DecisionsSection,
  ContactsSection,
}: MunicipalityRouteProps) {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const municipality = useMunicipality(code);
  const me = useMe();
  const notFound = isNotFound(municipality.error);
  useDocumentTitle(
    municipality.data?.name ?? (notFound ? t('municipality.notFound') : t('municipalities.title')),
  );

  return (
    <>
      <p className="back-link">
        <Link to={appPaths.municipalities}>← {t('municipality.back')}</Link>
      </p>
      {municipality.isPending && <Loading />}
      {notFound && (
        <>
          <h1>{t('municipality.notFound')}</h1>
          <p>{t('municipality.notFoundBody', { code })}</p>
        </>
      )}
      {municipality.isError && !notFound && (
        <ErrorAlert error={municipality.error} onRetry={() => void municipality.refetch()} />
      )}
      {municipality.isSuccess && (
        <>
          <h1>{municipality.data.name}</h1>
          <dl className="facts">
            <div>
              <dt>{t('municipality.code')}</dt>
              <dd>{municipality.data.code}</dd>
            </div>
            <div>
              <dt>{t('municipality.county')}</dt>
              <dd>
                <Link to={appPaths.county(municipality.data.county.code)}>
                  {municipality.data.county.name}
                </Link>
              </dd>
            </div>
            {municipality.data.population !== undefined && (
              <div>
                <dt>{t('municipality.population')}</dt>
                <dd>{formatNumber(municipality.data.population)}</dd>
              </div>
            )}
          </dl>
          {ProfileSection && <ProfileSection municipalityCode={municipality.data.code} />}
          {me.data && (
            // Figures first; the entry forms and detailed figures behind a disclosure, not above them.
            <DetailsDisclosure key={municipality.data.code} code={municipality.data.code}>
              <summary>
                <h2 className="summary-heading">{t('municipality.detailsHeading')}</h2>
              </summary>
              {isAdmin(me.data) && (
                // Keyed by the municipality, so the form starts from this one's population.
                <PopulationForm key={municipality.data.code} municipality={municipality.data} />
              )}
              {CostsSection && <CostsSection municipalityCode={municipality.data.code} />}
              {WorkforceSection && <WorkforceSection municipalityCode={municipality.data.code} />}
              {DecisionsSection && <DecisionsSection municipalityCode={municipality.data.code} />}
              {ContactsSection && <ContactsSection municipalityCode={municipality.data.code} />}
              {IntegrationSection && <IntegrationSection municipalityCode={municipality.data.code} />}
            </DetailsDisclosure>
          )}
        </>
      )}
    </>
  );
}

/**
 * The disclosure with the entry forms. Whether it is open is kept for the session, per municipality: a section that
 * loads its code later may remount the page below its loading boundary, and an open form must not fold away then.
 */
function DetailsDisclosure({ code, children }: { code: string; children: ReactNode }) {
  const key = `kl.municipality-details.${code}`;
  const [open, setOpen] = useState(() => sessionStorage.getItem(key) === 'open');
  return (
    <details
      className="municipality-details"
      open={open}
      onToggle={(event) => {
        const isOpen = event.currentTarget.open;
        setOpen(isOpen);
        if (isOpen) sessionStorage.setItem(key, 'open');
        else sessionStorage.removeItem(key);
      }}
    >
      {children}
    </details>
  );
}
