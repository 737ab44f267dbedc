import { useTranslation } from 'react-i18next';
import { Field } from '@/components/ui/field';
import type { Condition, Profession, Question } from '../api/types';
import { useLocalized } from '@/utils/localized';
import { RuleValue, testsFor, type FollowUpTest } from './follow-up-rule-fields';

type ShowIfEditorProps = {
  value: Condition | undefined;
  onChange: (condition: Condition | undefined) => void;
  /** The questions before this one. */
  earlier: readonly Question[];
  professions: readonly Profession[];
  error?: string;
};

function testOf(condition: Condition): FollowUpTest {
  if (condition.greaterThan !== undefined) return 'greaterThan';
  if (condition.includesProfession !== undefined) return 'includesProfession';
  return 'equals';
}

function valueOf(condition: Condition): string {
  const value = condition.greaterThan ?? condition.includesProfession ?? condition.equals;
  return value === undefined || value === null ? '' : String(value);
}

function build(question: Question, test: FollowUpTest, value: string): Condition {
  if (test === 'greaterThan') return { question: question.id, greaterThan: Number(value.replace(',', '.')) };
  if (test === 'includesProfession') return { question: question.id, includesProfession: value };
  const equals =
    question.type === 'yes_no'
      ? value !== 'false' // a new condition on a yes/no question starts at Ja
      : question.type === 'number'
        ? Number(value.replace(',', '.'))
        : value;
  return { question: question.id, equals };
}

/** "Visa bara om": an earlier question and the answer that shows this one. */
export function ShowIfEditor({ value, onChange, earlier, professions, error }: ShowIfEditorProps) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const question = earlier.find((candidate) => candidate.id === value?.question);
  const tests = testsFor(question);
  const test = value ? testOf(value) : tests[0];

  return (
    <fieldset className="checkbox-group">
      <legend>{t('surveys.builder.showIf.legend')}</legend>
      <Field label={t('surveys.builder.showIf.question')} error={error}>
        {(control) => (
          <select
            {...control}
            value={value?.question ?? ''}
            onChange={(event) => {
              const next = earlier.find((candidate) => candidate.id === event.target.value);
              onChange(next ? build(next, testsFor(next)[0] ?? 'equals', '') : undefined);
            }}
          >
            <option value="">{t('surveys.builder.showIf.always')}</option>
            {earlier.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {localized(candidate.text) || candidate.id} ({candidate.id})
              </option>
            ))}
          </select>
        )}
      </Field>
      {question && value && test && (
        <>
          <Field label={t('surveys.builder.showIf.test')}>
            {(control) => (
              <select
                {...control}
                value={test}
                onChange={(event) => onChange(build(question, event.target.value as FollowUpTest, ''))}
              >
                {tests.map((candidate) => (
                  <option key={candidate} value={candidate}>
                    {t(`surveys.builder.showIf.tests.${candidate}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <RuleValue
            question={question}
            test={test}
            value={valueOf(value)}
            onChange={(next) => onChange(build(question, test, next))}
            professions={professions.map((profession) => ({
              code: profession.code,
              name: localized({ sv: profession.nameSv, en: profession.nameEn }),
            }))}
          />
        </>
      )}
    </fieldset>
  );
}
