import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/error-alert';
import { useCounties } from '../api/list-counties';

type CountySelectProps = {
  value: string;
  onChange: (countyCode: string) => void;
};

/** A labelled choice of county, with "all counties" as the empty value. */
export function CountySelect({ value, onChange }: CountySelectProps) {
  const { t } = useTranslation();
  const id = useId();
  const counties = useCounties();

  return (
    <div className="field">
      <label htmlFor={id}>{t('municipalities.county')}</label>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-busy={counties.isPending}
      >
        <option value="">{t('municipalities.allCounties')}</option>
        {counties.data?.map((county) => (
          <option key={county.code} value={county.code}>
            {county.name}
          </option>
        ))}
      </select>
      {counties.isError && <ErrorAlert error={counties.error} onRetry={() => void counties.refetch()} />}
    </div>
  );
}
