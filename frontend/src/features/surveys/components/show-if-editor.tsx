import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '@/components/ui/field';
import type { Condition, Profession, Question } from '../api/types';
import { useLocalized } from '@/utils/localized';
import { buildCondition } from '../utils/condition';
import { decimalText } from '@/utils/decimal';
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
  return 'equalTo';
}

function valueOf(condition: Condition): string {
  const value = condition.greaterThan ?? condition.includesProfession ?? condition.equalTo;
  if (typeof value === 'number') return decimalText(value);
  return value === undefined || value === null ? '' : String(value);
}

/** "Visa bara om": an earlier question and the answer that shows this one. */
export function ShowIfEditor({ value, onChange, earlier, professions, error }: ShowIfEditorProps) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const question = earlier.find((candidate) => candidate.id === value?.question);
  const tests = testsFor(question);
  // The test and value as chosen and typed: "1," on the way to "1,5" is no number yet, and the condition
  // leaves a test without a number out until it is one.
  const [typed, setTyped] = useState<{ question: string; test: FollowUpTest; text: string }>();
  const draft = typed && typed.question === value?.question ? typed : undefined;
  const test = draft?.test ?? (value ? testOf(value) : tests[0]);
  const numeric = test === 'greaterThan' || (test === 'equalTo' && question?.type === 'number');
  const text = (numeric ? draft?.text : undefined) ?? (value ? valueOf(value) : '');
  const change = (next: Question | undefined, nextTest: FollowUpTest, nextText: string) => {
    setTyped(next && { question: next.id, test: nextTest, text: nextText });
    onChange(next && buildCondition(next, nextTest, nextText));
  };

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
              change(next, (next && testsFor(next)[0]) ?? 'equalTo', '');
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
                onChange={(event) => change(question, event.target.value as FollowUpTest, '')}
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
            value={text}
            onChange={(next) => change(question, test, next)}
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
