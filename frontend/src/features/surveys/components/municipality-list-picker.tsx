import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '@/components/ui/field';
import { useSurveyCounty } from '../api/get-county';
import { CountyChoice } from './county-choice';

export type ChosenMunicipality = { code: string; name: string };

type MunicipalityListPickerProps = {
  legend: string;
  value: readonly ChosenMunicipality[];
  onChange: (municipalities: ChosenMunicipality[]) => void;
  /** Only these counties' municipalities may be chosen. */
  counties?: readonly string[];
  error?: string;
};

/** Chooses several municipalities: a county, then a municipality in it, added to a list. */
export function MunicipalityListPicker({
  legend,
  value,
  onChange,
  counties,
  error,
}: MunicipalityListPickerProps) {
  const { t } = useTranslation();
  const errorId = useId();
  const [countyCode, setCountyCode] = useState(counties?.length === 1 ? counties[0]! : '');
  const [code, setCode] = useState('');
  const county = useSurveyCounty(countyCode);
  const offered = (county.data?.municipalities ?? []).filter(
    (municipality) => !value.some((chosen) => chosen.code === municipality.code),
  );

  const add = () => {
    const municipality = offered.find((candidate) => candidate.code === code);
    if (municipality) {
      onChange([...value, { code: municipality.code, name: municipality.name }]);
      setCode('');
    }
  };

  return (
    <fieldset className="checkbox-group" aria-describedby={error ? errorId : undefined}>
      <legend>{legend}</legend>
      <div className="form-inline surveys-inline">
        <CountyChoice
          label={t('surveys.invite.county')}
          emptyLabel={t('surveys.invite.chooseCounty')}
          value={countyCode}
          only={counties}
          onChange={(next) => {
            setCountyCode(next);
            setCode('');
          }}
        />
        <Field label={t('surveys.invite.municipality')}>
          {(control) => (
            <select
              {...control}
              value={code}
              onChange={(event) => setCode(event.target.value)}
              disabled={!countyCode}
            >
              <option value="">{t('surveys.invite.chooseMunicipality')}</option>
              {offered.map((municipality) => (
                <option key={municipality.code} value={municipality.code}>
                  {municipality.name} ({municipality.code})
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="form-actions">
          <button type="button" className="button button-secondary" onClick={add} disabled={!code}>
            {t('surveys.invite.addMunicipality')}
          </button>
        </div>
      </div>
      {value.length === 0 && <p className="muted">{t('surveys.invite.noneChosen')}</p>}
      {value.length > 0 && (
        <ul className="plain-list surveys-chosen" aria-label={t('surveys.invite.chosen')}>
          {value.map((municipality) => (
            <li key={municipality.code}>
              {municipality.name} ({municipality.code}){' '}
              <button
                type="button"
                className="link-button"
                onClick={() => onChange(value.filter((chosen) => chosen.code !== municipality.code))}
              >
                {t('surveys.invite.remove')} <span className="visually-hidden">{municipality.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
