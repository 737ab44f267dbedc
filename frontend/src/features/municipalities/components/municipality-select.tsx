import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/error-alert';
import { Field } from '@/components/ui/field';
import { municipalitiesQueryOptions } from '../api/list-municipalities';

type MunicipalitySelectProps = {
  label: string;
  /** The county whose municipalities are offered; none are offered until there is one. */
  countyCode: string;
  value: string;
  onChange: (municipalityCode: string) => void;
  error?: string;
};

/** The largest county has 49 municipalities: one page of this size holds any county's. */
const countyPageSize = 100;

/** A labelled choice among the municipalities of a county. */
export function MunicipalitySelect({ label, countyCode, value, onChange, error }: MunicipalitySelectProps) {
  const { t } = useTranslation();
  const enabled = Boolean(countyCode);
  // No placeholder from the previous county: its municipalities must never be offered for this one.
  const municipalities = useQuery({
    ...municipalitiesQueryOptions({ county: countyCode, sort: 'name', size: countyPageSize }),
    enabled,
  });

  return (
    <>
      <Field label={label} error={error} hint={enabled ? undefined : t('municipalities.chooseCountyFirst')}>
        {(control) => (
          <select
            {...control}
            value={value}
            onChange={(event) => onChange(event.target.value)}
            disabled={!enabled}
            aria-busy={enabled && municipalities.isPending}
          >
            <option value="">{t('municipalities.chooseMunicipality')}</option>
            {enabled &&
              municipalities.data?.items.map((municipality) => (
                <option key={municipality.code} value={municipality.code}>
                  {municipality.name} ({municipality.code})
                </option>
              ))}
          </select>
        )}
      </Field>
      {enabled && municipalities.isError && (
        <ErrorAlert error={municipalities.error} onRetry={() => void municipalities.refetch()} />
      )}
    </>
  );
}
