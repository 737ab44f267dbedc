import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { appPaths } from '@/lib/app-paths';
import { usePlaceNames } from '@/lib/catalogues/place-names';
import type { Grant } from '../utils/roles';

/** A role in words, with the county or municipality it is for by name, e.g. "Kommunredaktör, Kiruna". */
export function GrantDescription({ grant }: { grant: Grant }) {
  const { t } = useTranslation();
  const names = usePlaceNames([grant.municipalityCode, grant.countyCode]);
  const role = t(`roles.${grant.role}`);
  if (grant.role === 'municipality_editor' && grant.municipalityCode) {
    return (
      <>
        {role},{' '}
        <Link to={appPaths.municipality(grant.municipalityCode)}>
          {names.municipality(grant.municipalityCode) ??
            t('places.municipality', { code: grant.municipalityCode })}
        </Link>
      </>
    );
  }
  if (grant.role === 'county_coordinator' && grant.countyCode) {
    return (
      <>
        {role},{' '}
        <Link to={appPaths.county(grant.countyCode)}>
          {names.county(grant.countyCode) ?? t('places.county', { code: grant.countyCode })}
        </Link>
      </>
    );
  }
  return <>{role}</>;
}
