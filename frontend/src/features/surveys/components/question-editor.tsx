import { useTranslation } from 'react-i18next';
import { Field } from '@/components/ui/field';
import type { NumberUnit, Profession, Question, QuestionType, ServiceArea } from '../api/types';
import { questionTypes, replaceAt, withType } from '../utils/definition';
import { IdField } from './id-field';
import { MatrixEditor, numberOrUndefined } from './matrix-editor';
import { ShowIfEditor } from './show-if-editor';
import { TextPair } from './text-pair';

const units: readonly NumberUnit[] = ['none', 'persons', 'fte', 'sek', 'percent'];

type QuestionEditorProps = {
  question: Question;
  /** Its number in the questionnaire, from 1. */
  n: number;
  onChange: (question: Question) => void;
  onRemove: () => void;
  onMove: (by: -1 | 1) => void;
  first: boolean;
  last: boolean;
  earlier: readonly Question[];
  professions: readonly Profession[];
  serviceAreas: readonly ServiceArea[];
  /** What the API said is wrong with the question, by field below it (e.g. `text.sv`). */
  violations: readonly { field: string; message: string }[];
};

/** One question of the builder: its texts, type and the type's settings, and when it is shown. */
export function QuestionEditor({
  question,
  n,
  onChange,
  onRemove,
  onMove,
  first,
  last,
  earlier,
  professions,
  serviceAreas,
  violations,
}: QuestionEditorProps) {
  const { t } = useTranslation();
  const set = (change: Partial<Question>) => onChange({ ...question, ...change });
  const at = (field: string) =>
    violations
      .filter((violation) => violation.field === field || violation.field.startsWith(`${field}.`))
      .map((violation) => violation.message)
      .join(' ') || undefined;
  const shownAt = ['id', 'text', 'type', 'showIf'];
  const rest = violations.filter(
    (violation) =>
      !shownAt.some((field) => violation.field === field || violation.field.startsWith(`${field}.`)),
  );
  const target = t('surveys.builder.questionTarget', { n });
  const headingId = `question-${n}-heading`;

  return (
    <section className="surveys-card" aria-labelledby={headingId}>
      <h5 id={headingId}>{t('surveys.builder.question', { n })}</h5>
      {rest.length > 0 && (
        <div className="alert alert-error">
          <p className="alert-title">{t('surveys.builder.problems')}</p>
          <ul>
            {rest.map((violation, index) => (
              <li key={index}>
                {violation.field && <code>{violation.field}</code>} {violation.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="surveys-grid">
        <Field
          label={t('surveys.builder.questionId')}
          hint={t('surveys.builder.questionIdHint')}
          error={at('id')}
        >
          {(control) => (
            <input
              {...control}
              className="input-short"
              value={question.id}
              spellCheck={false}
              onChange={(event) => set({ id: event.target.value })}
            />
          )}
        </Field>
        <Field label={t('surveys.builder.type')} error={at('type')}>
          {(control) => (
            <select
              {...control}
              value={question.type}
              onChange={(event) => onChange(withType(question, event.target.value as QuestionType))}
            >
              {questionTypes.map((type) => (
                <option key={type} value={type}>
                  {t(`surveys.builder.types.${type}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="checkbox">
          <input
            type="checkbox"
            id={`question-${n}-required`}
            checked={question.required ?? false}
            onChange={(event) => set({ required: event.target.checked })}
          />
          <label htmlFor={`question-${n}-required`}>{t('surveys.builder.required')}</label>
        </div>
      </div>
      <TextPair
        labelSv={t('surveys.builder.textSv')}
        labelEn={t('surveys.builder.textEn')}
        value={question.text}
        onChange={(text) => set({ text: text ?? { sv: '' } })}
        error={at('text')}
        rows={3}
      />
      <TextPair
        labelSv={t('surveys.builder.helpSv')}
        labelEn={t('surveys.builder.helpEn')}
        value={question.help}
        onChange={(help) => {
          const { help: _old, ...without } = question;
          onChange(help ? { ...without, help } : without);
        }}
        rows={2}
      />

      {question.options && (
        <fieldset className="surveys-card">
          <legend>{t('surveys.builder.options')}</legend>
          <ol>
            {question.options.map((option, o) => (
              <li key={o}>
                <div className="surveys-row">
                  <IdField
                    label={t('surveys.builder.optionValue')}
                    value={option.value}
                    onChange={(value) =>
                      set({ options: replaceAt(question.options!, o, { ...option, value }) })
                    }
                  />
                  <TextPair
                    labelSv={t('surveys.builder.labelSv')}
                    labelEn={t('surveys.builder.labelEn')}
                    value={option.label}
                    onChange={(label) =>
                      set({
                        options: question.options!.map((item, i) =>
                          i === o ? { ...item, label: label ?? { sv: '' } } : item,
                        ),
                      })
                    }
                  />
                  <div className="form-actions">
                    <button
                      type="button"
                      className="button button-secondary button-small"
                      onClick={() => set({ options: question.options!.filter((_, i) => i !== o) })}
                    >
                      {t('surveys.builder.removeOption')}{' '}
                      <span className="visually-hidden">{t('surveys.builder.option', { n: o + 1 })}</span>
                    </button>
                  </div>
                </div>
              </li>
            ))}
          </ol>
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => {
              const count = question.options!.length + 1;
              set({
                options: [
                  ...question.options!,
                  { value: `alt${count}`, label: { sv: t('surveys.builder.option', { n: count }) } },
                ],
              });
            }}
          >
            {t('surveys.builder.addOption')}
          </button>
        </fieldset>
      )}

      {question.type === 'number' && (
        <div className="surveys-grid">
          <Field label={t('surveys.builder.number.unit')}>
            {(control) => (
              <select
                {...control}
                value={question.number?.unit ?? 'none'}
                onChange={(event) =>
                  set({ number: { ...question.number, unit: event.target.value as NumberUnit } })
                }
              >
                {units.map((unit) => (
                  <option key={unit} value={unit}>
                    {t(`surveys.builder.number.units.${unit}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {(['decimals', 'min', 'max'] as const).map((key) => (
            <Field key={key} label={t(`surveys.builder.number.${key}`)}>
              {(control) => (
                <input
                  {...control}
                  className="input-short"
                  type="number"
                  {...(key === 'decimals' && { min: 0, max: 4 })}
                  value={question.number?.[key] ?? ''}
                  onChange={(event) => {
                    const { [key]: _old, ...others } = question.number ?? { unit: 'none' as const };
                    const value = numberOrUndefined(event.target.value);
                    set({ number: { ...others, ...(value !== undefined && { [key]: value }) } });
                  }}
                />
              )}
            </Field>
          ))}
        </div>
      )}

      {question.type === 'text' && (
        <div className="surveys-grid">
          <div className="checkbox">
            <input
              type="checkbox"
              id={`question-${n}-multiline`}
              checked={question.multiline ?? false}
              onChange={(event) => set({ multiline: event.target.checked })}
            />
            <label htmlFor={`question-${n}-multiline`}>{t('surveys.builder.multiline')}</label>
          </div>
          <Field label={t('surveys.builder.maxLength')}>
            {(control) => (
              <input
                {...control}
                className="input-short"
                type="number"
                min={1}
                value={question.maxLength ?? ''}
                onChange={(event) => {
                  const { maxLength: _old, ...without } = question;
                  const value = numberOrUndefined(event.target.value);
                  onChange(value === undefined ? without : { ...without, maxLength: value });
                }}
              />
            )}
          </Field>
        </div>
      )}

      {question.type === 'profession' && (
        <div className="checkbox">
          <input
            type="checkbox"
            id={`question-${n}-multiple`}
            checked={question.multiple ?? false}
            onChange={(event) => set({ multiple: event.target.checked })}
          />
          <label htmlFor={`question-${n}-multiple`}>{t('surveys.builder.multiple')}</label>
        </div>
      )}

      {question.type === 'matrix' && question.matrix && (
        <MatrixEditor
          matrix={question.matrix}
          onChange={(matrix) => set({ matrix })}
          serviceAreas={serviceAreas}
        />
      )}

      {earlier.length > 0 && (
        <ShowIfEditor
          value={question.showIf}
          earlier={earlier}
          professions={professions}
          error={at('showIf')}
          onChange={(showIf) => {
            const { showIf: _old, ...without } = question;
            onChange(showIf ? { ...without, showIf } : without);
          }}
        />
      )}

      <div className="surveys-actions">
        <button
          type="button"
          className="button button-secondary button-small"
          disabled={first}
          onClick={() => onMove(-1)}
        >
          {t('surveys.builder.moveUp')} <span className="visually-hidden">{target}</span>
        </button>
        <button
          type="button"
          className="button button-secondary button-small"
          disabled={last}
          onClick={() => onMove(1)}
        >
          {t('surveys.builder.moveDown')} <span className="visually-hidden">{target}</span>
        </button>
        <button type="button" className="button button-danger button-small" onClick={onRemove}>
          {t('surveys.builder.removeQuestion')} <span className="visually-hidden">{target}</span>
        </button>
      </div>
    </section>
  );
}
