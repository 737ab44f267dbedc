import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { appPaths } from '@/lib/app-paths';
import type { Grant } from '../utils/roles';

/** A role in words, with the county or municipality it is for, e.g. "Kommunredaktör, 2580". */
export function GrantDescription({ grant }: { grant: Grant }) {
  const { t } = useTranslation();
  const role = t(`roles.${grant.role}`);
  if (grant.role === 'municipality_editor' && grant.municipalityCode) {
    return (
      <>
        {role},{' '}
        <Link to={appPaths.municipality(grant.municipalityCode)}>
          {t('users.grants.municipality', { code: grant.municipalityCode })}
        </Link>
      </>
    );
  }
  if (grant.role === 'county_coordinator' && grant.countyCode) {
    return (
      <>
        {role},{' '}
        <Link to={appPaths.county(grant.countyCode)}>
          {t('users.grants.county', { code: grant.countyCode })}
        </Link>
      </>
    );
  }
  return <>{role}</>;
}
