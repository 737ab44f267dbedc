import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCatalogueName } from '@/utils/localized';
import type { Profession } from '../api/types';

type ProfessionPickerProps = {
  /** What the picker is for, e.g. "Brist – Barn och unga"; names the list and the choice. */
  label: string;
  value: string[];
  onChange: (codes: string[]) => void;
  professions: Profession[];
  /** One profession only (a single pick replaces the one chosen). */
  single?: boolean;
  describedBy?: string;
  invalid?: boolean;
};

/**
 * Chosen professions as a list with a remove button each, and a select with an add button for more:
 * compact enough for thirty matrix cells, and every step reachable and announced by keyboard.
 */
export function ProfessionPicker({
  label,
  value,
  onChange,
  professions,
  single,
  describedBy,
  invalid,
}: ProfessionPickerProps) {
  const { t } = useTranslation();
  const catalogueName = useCatalogueName();
  const id = useId();
  const [choice, setChoice] = useState('');
  const nameOf = (code: string) => {
    const profession = professions.find((p) => p.code === code);
    return profession ? catalogueName(profession) : code;
  };
  const available = professions.filter((p) => !value.includes(p.code));

  const add = () => {
    if (!choice) return;
    onChange(single ? [choice] : [...value, choice]);
    setChoice('');
  };

  return (
    <div className="profession-picker">
      {value.length > 0 ? (
        <ul className="chip-list" aria-label={t('respond.professions.chosen', { label })}>
          {value.map((code) => (
            <li key={code} className="chip">
              <span>{nameOf(code)}</span>
              <button
                type="button"
                className="chip-remove"
                onClick={() => onChange(value.filter((c) => c !== code))}
                aria-label={t('respond.professions.remove', { name: nameOf(code), label })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted picker-empty">{t('respond.professions.none')}</p>
      )}
      <div className="picker-add">
        <label htmlFor={id} className="visually-hidden">
          {t('respond.professions.addLabel', { label })}
        </label>
        <select
          id={id}
          value={choice}
          onChange={(event) => setChoice(event.target.value)}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
        >
          <option value="">{t(single ? 'respond.professions.pickOne' : 'respond.professions.pick')}</option>
          {available.map((profession) => (
            <option key={profession.code} value={profession.code}>
              {catalogueName(profession)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={add}
          disabled={!choice}
          aria-label={t('respond.professions.addButtonLabel', { label })}
        >
          {t('respond.professions.add')}
        </button>
      </div>
    </div>
  );
}
