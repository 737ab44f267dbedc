import { useEffect, useId, useState } from 'react';
import { useTranslation } from '@/lib/i18n/translation';
import { useLocalized, useTextLang } from '@/utils/localized';
import type { MatrixAnswer, Profession, Question, ServiceArea } from '../api/types';
import { formatAnswerNumber, parseNumber } from '../utils/answers';
import { MatrixField } from './matrix-field';
import { ProfessionPicker } from './profession-picker';

export type QuestionFieldProps = {
  question: Question;
  value: unknown;
  onChange: (value: unknown) => void;
  professions: Profession[];
  serviceAreas: ServiceArea[];
  error?: string;
  prefilled?: boolean;
  /** The id of the question's container, which the error summary links to. */
  anchorId: string;
};

/** The question's text, required marker, help, prefill note and error, around its control. */
export function QuestionField(props: QuestionFieldProps) {
  const { question, error, prefilled, anchorId } = props;
  const { t } = useTranslation();
  const localized = useLocalized();
  const langOf = useTextLang();
  const id = useId();
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const prefillId = `${id}-prefill`;
  const describedBy =
    [question.help && helpId, prefilled && prefillId, error && errorId].filter(Boolean).join(' ') ||
    undefined;
  const title = (
    <>
      <span lang={langOf(question.text)}>{localized(question.text)}</span>
      {question.required && <span className="required-mark"> {t('respond.required')}</span>}
    </>
  );
  const notes = (
    <>
      {question.help && (
        <p id={helpId} className="field-hint preserve-lines" lang={langOf(question.help)}>
          {localized(question.help)}
        </p>
      )}
      {prefilled && (
        <p id={prefillId} className="field-hint prefill-note">
          {t('respond.prefilled')}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </>
  );
  const control = { describedBy, invalid: Boolean(error), controlId: `${id}-control` };
  // Questions of several controls are a group with a legend; one-control questions a label.
  const grouped = ['single_choice', 'multiple_choice', 'yes_no', 'matrix'].includes(question.type);
  const multiProfession = question.type === 'profession';

  return (
    <div id={anchorId} tabIndex={-1} className={`question${error ? ' question-invalid' : ''}`}>
      {grouped || multiProfession ? (
        <fieldset className="question-group" aria-describedby={describedBy}>
          <legend className="question-text">{title}</legend>
          {notes}
          <Control {...props} {...control} />
        </fieldset>
      ) : (
        <div className="field">
          <label htmlFor={control.controlId} className="question-text">
            {title}
          </label>
          {notes}
          <Control {...props} {...control} />
        </div>
      )}
    </div>
  );
}

type ControlProps = QuestionFieldProps & { describedBy?: string; invalid: boolean; controlId: string };

function Control({
  question,
  value,
  onChange,
  professions,
  serviceAreas,
  describedBy,
  invalid,
  controlId,
}: ControlProps) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const langOf = useTextLang();
  const name = useId();
  const aria = { 'aria-describedby': describedBy, 'aria-invalid': invalid || undefined };

  switch (question.type) {
    case 'single_choice':
      return (
        <div className="choices">
          {(question.options ?? []).map((option) => (
            <label key={option.value} className="checkbox">
              <input
                type="radio"
                name={name}
                value={option.value}
                checked={value === option.value}
                onChange={() => onChange(option.value)}
              />
              <span lang={langOf(option.label)}>{localized(option.label)}</span>
            </label>
          ))}
          {value !== undefined && !question.required && (
            <button type="button" className="link-button" onClick={() => onChange(undefined)}>
              {t('respond.clearChoice')}
            </button>
          )}
        </div>
      );
    case 'multiple_choice': {
      const chosen = Array.isArray(value) ? (value as string[]) : [];
      return (
        <div className="choices">
          {(question.options ?? []).map((option) => (
            <label key={option.value} className="checkbox">
              <input
                type="checkbox"
                checked={chosen.includes(option.value)}
                onChange={(event) => {
                  // Keep the options' order, whatever order they were ticked in.
                  const next = (question.options ?? [])
                    .map((o) => o.value)
                    .filter((v) => (v === option.value ? event.target.checked : chosen.includes(v)));
                  onChange(next.length > 0 ? next : undefined);
                }}
              />
              <span lang={langOf(option.label)}>{localized(option.label)}</span>
            </label>
          ))}
        </div>
      );
    }
    case 'yes_no':
      return (
        <div className="choices choices-inline">
          {[true, false].map((option) => (
            <label key={String(option)} className="checkbox">
              <input type="radio" name={name} checked={value === option} onChange={() => onChange(option)} />
              <span>{t(option ? 'respond.yes' : 'respond.no')}</span>
            </label>
          ))}
        </div>
      );
    case 'number':
      return <NumberInput question={question} value={value} onChange={onChange} id={controlId} {...aria} />;
    case 'text':
      return question.multiline ? (
        <textarea
          id={controlId}
          rows={4}
          maxLength={question.maxLength}
          value={typeof value === 'string' ? value : ''}
          onChange={(event) => onChange(event.target.value === '' ? undefined : event.target.value)}
          {...aria}
        />
      ) : (
        <input
          id={controlId}
          type="text"
          maxLength={question.maxLength}
          value={typeof value === 'string' ? value : ''}
          onChange={(event) => onChange(event.target.value === '' ? undefined : event.target.value)}
          {...aria}
        />
      );
    case 'date':
      return (
        <input
          id={controlId}
          type="date"
          className="input-short"
          min={question.dateMin}
          max={question.dateMax}
          value={typeof value === 'string' ? value : ''}
          onChange={(event) => onChange(event.target.value === '' ? undefined : event.target.value)}
          {...aria}
        />
      );
    case 'profession':
      return (
        <ProfessionPicker
          label={localized(question.text)}
          value={Array.isArray(value) ? (value as string[]) : []}
          onChange={(codes) => onChange(codes.length > 0 ? codes : undefined)}
          professions={professions}
          single={!question.multiple}
          describedBy={describedBy}
          invalid={invalid}
        />
      );
    case 'matrix':
      return (
        <MatrixField
          question={question}
          value={value as MatrixAnswer | undefined}
          onChange={onChange}
          professions={professions}
          serviceAreas={serviceAreas}
        />
      );
    default:
      return <p>{t('respond.unknownType', { type: question.type })}</p>;
  }
}

type NumberInputProps = {
  question: Question;
  value: unknown;
  onChange: (value: unknown) => void;
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
};

/** A number as the respondent writes it ("1 234,5"); the answer changes only when the text is a number. */
function NumberInput({ question, value, onChange, id, ...aria }: NumberInputProps) {
  const { t } = useTranslation();
  const shown = typeof value === 'number' ? formatAnswerNumber(value) : '';
  const [text, setText] = useState(shown);
  const [unreadable, setUnreadable] = useState(false);
  const unitId = `${id}-unit`;
  const errorId = `${id}-unreadable`;

  // Another tab or person changed the answer: show theirs.
  useEffect(() => {
    if (parseNumber(text) !== value && !(text.trim() === '' && value === undefined)) {
      setText(shown);
      setUnreadable(false);
    }
    // Only a change of the answer from outside matters here, not each keystroke.
  }, [value]);

  const unit = question.number?.unit ?? 'none';
  const describedBy =
    [aria['aria-describedby'], unit !== 'none' && unitId, unreadable && errorId].filter(Boolean).join(' ') ||
    undefined;
  return (
    <>
      <span className="number-input">
        <input
          id={id}
          type="text"
          inputMode={question.number?.decimals ? 'decimal' : 'numeric'}
          className="input-short"
          value={text}
          aria-describedby={describedBy}
          aria-invalid={aria['aria-invalid'] || unreadable || undefined}
          onChange={(event) => {
            const next = event.target.value;
            setText(next);
            if (next.trim() === '') {
              setUnreadable(false);
              onChange(undefined);
              return;
            }
            const parsed = parseNumber(next);
            setUnreadable(parsed === undefined);
            if (parsed !== undefined) onChange(parsed);
          }}
        />
        {unit !== 'none' && (
          <span id={unitId} className="number-unit">
            {t(`respond.units.${unit}`)}
          </span>
        )}
      </span>
      {unreadable && (
        <p id={errorId} className="field-error">
          {t('respond.notANumber')}
        </p>
      )}
    </>
  );
}
