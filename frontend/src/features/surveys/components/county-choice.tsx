import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/error-alert';
import { Field } from '@/components/ui/field';
import { useSurveyCounties } from '../api/list-counties';

type CountyChoiceProps = {
  label: string;
  value: string;
  onChange: (countyCode: string) => void;
  /** The text of the empty choice. */
  emptyLabel: string;
  /** Only these counties are offered (e.g. those a coordinator coordinates). */
  only?: readonly string[];
  error?: string;
  hint?: string;
  disabled?: boolean;
};

/** A labelled choice of county. */
export function CountyChoice({
  label,
  value,
  onChange,
  emptyLabel,
  only,
  error,
  hint,
  disabled,
}: CountyChoiceProps) {
  const counties = useSurveyCounties();
  const offered = (counties.data ?? []).filter((county) => !only || only.includes(county.code));
  return (
    <>
      <Field label={label} error={error} hint={hint}>
        {(control) => (
          <select
            {...control}
            value={value}
            disabled={disabled}
            onChange={(event) => onChange(event.target.value)}
            aria-busy={counties.isPending}
          >
            <option value="">{emptyLabel}</option>
            {offered.map((county) => (
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

/** Names a county by its code, once the counties are known. */
export function useCountyName() {
  const { t } = useTranslation();
  const counties = useSurveyCounties();
  return (code: string | undefined) =>
    code ? (counties.data?.find((county) => county.code === code)?.name ?? code) : t('surveys.national');
}
