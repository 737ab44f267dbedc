import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/error-alert';
import { Field } from '@/components/ui/field';
import { useCounties } from '../api/list-counties';

type CountySelectProps = {
  value: string;
  onChange: (countyCode: string) => void;
  /** The label; "Län" when not given. */
  label?: string;
  /** The text of the empty choice; "Alla län" when not given. */
  emptyLabel?: string;
  error?: string;
};

/** A labelled choice of county, with an empty value ("all counties" unless told otherwise). */
export function CountySelect({ value, onChange, label, emptyLabel, error }: CountySelectProps) {
  const { t } = useTranslation();
  const counties = useCounties();

  return (
    <>
      <Field label={label ?? t('municipalities.county')} error={error}>
        {(control) => (
          <select
            {...control}
            value={value}
            onChange={(event) => onChange(event.target.value)}
            aria-busy={counties.isPending}
          >
            <option value="">{emptyLabel ?? t('municipalities.allCounties')}</option>
            {counties.data?.map((county) => (
              <option key={county.code} value={county.code}>
                {county.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      {counties.isError && <ErrorAlert error={counties.error} onRetry={() => void counties.refetch()} />}
    </>
  );
}
