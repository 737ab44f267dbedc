import { useTranslation } from 'react-i18next';
import { Field } from '@/components/ui/field';
import { useQuestionnaire } from '../api/get-questionnaire';
import { useProfessions } from '@/lib/catalogues/list-professions';
import { useQuestionnaires } from '../api/list-questionnaires';
import type { Question } from '../api/types';
import { useLocalized } from '@/utils/localized';
import { parseDecimal } from '@/utils/decimal';

export type FollowUpTest = 'equalTo' | 'greaterThan' | 'includesProfession';

/** The follow-up rule as the form holds it: every value a string until it is sent. */
export type FollowUpDraft = {
  questionnaireId: string;
  questionId: string;
  test: FollowUpTest | '';
  value: string;
  rowId: string;
  columnId: string;
};

export const emptyFollowUp: FollowUpDraft = {
  questionnaireId: '',
  questionId: '',
  test: '',
  value: '',
  rowId: '',
  columnId: '',
};

export type FollowUpErrors = Partial<Record<'questionnaireId' | 'questionId' | 'value', string>>;

/** The tests a question of the type can be followed up on. */
export function testsFor(question: Question | undefined): FollowUpTest[] {
  switch (question?.type) {
    case 'number':
      return ['greaterThan', 'equalTo'];
    case 'profession':
    case 'matrix':
      return ['includesProfession'];
    case undefined:
      return [];
    default:
      return ['equalTo'];
  }
}

/** The rule's value as the API wants it: a number, a boolean or a string, as the question answers. */
export function ruleValue(question: Question | undefined, value: string): unknown {
  if (question?.type === 'yes_no') return value === 'true';
  if (question?.type === 'number') return parseDecimal(value);
  return value;
}

type FollowUpRuleFieldsProps = {
  /** The questionnaire being sent, which cannot follow up itself. */
  excludeId: string;
  value: FollowUpDraft;
  onChange: (value: FollowUpDraft) => void;
  errors: FollowUpErrors;
};

/** Chooses the questionnaire to follow up, its question, and the answer that selects a municipality. */
export function FollowUpRuleFields({ excludeId, value, onChange, errors }: FollowUpRuleFieldsProps) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const questionnaires = useQuestionnaires({ size: 100 });
  const source = useQuestionnaire(value.questionnaireId);
  const professions = useProfessions();
  const questions = source.data?.definition.sections.flatMap((section) => section.questions) ?? [];
  const question = questions.find((candidate) => candidate.id === value.questionId);
  const tests = testsFor(question);
  const test = value.test || tests[0] || '';
  const set = (change: Partial<FollowUpDraft>) => onChange({ ...value, ...change });

  return (
    <fieldset className="checkbox-group">
      <legend>{t('surveys.invite.followUp.legend')}</legend>
      <Field label={t('surveys.invite.followUp.source')} error={errors.questionnaireId}>
        {(control) => (
          <select
            {...control}
            value={value.questionnaireId}
            onChange={(event) => onChange({ ...emptyFollowUp, questionnaireId: event.target.value })}
          >
            <option value="">{t('surveys.invite.followUp.chooseSource')}</option>
            {questionnaires.data?.items
              .filter((candidate) => candidate.id !== excludeId)
              .map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {localized(candidate.title)} ({t(`surveys.status.${candidate.status}`)})
                </option>
              ))}
          </select>
        )}
      </Field>
      <Field label={t('surveys.invite.followUp.question')} error={errors.questionId}>
        {(control) => (
          <select
            {...control}
            value={value.questionId}
            disabled={!source.data}
            onChange={(event) =>
              onChange({
                ...emptyFollowUp,
                questionnaireId: value.questionnaireId,
                questionId: event.target.value,
              })
            }
          >
            <option value="">{t('surveys.invite.followUp.chooseQuestion')}</option>
            {questions.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {localized(candidate.text)} ({candidate.id})
              </option>
            ))}
          </select>
        )}
      </Field>
      {question && (
        <>
          <Field label={t('surveys.invite.followUp.test')}>
            {(control) => (
              <select
                {...control}
                value={test}
                onChange={(event) => set({ test: event.target.value as FollowUpTest, value: '' })}
              >
                {tests.map((candidate) => (
                  <option key={candidate} value={candidate}>
                    {t(`surveys.invite.followUp.tests.${candidate}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <RuleValue
            question={question}
            test={test}
            value={value.value}
            onChange={(next) => set({ value: next })}
            error={errors.value}
            professions={professions.data?.map((profession) => ({
              code: profession.code,
              name: localized({ sv: profession.nameSv, en: profession.nameEn }),
            }))}
          />
          {question.type === 'matrix' && question.matrix && (
            <>
              <Field label={t('surveys.invite.followUp.row')}>
                {(control) => (
                  <select
                    {...control}
                    value={value.rowId}
                    onChange={(event) => set({ rowId: event.target.value })}
                  >
                    <option value="">{t('surveys.invite.followUp.anyRow')}</option>
                    {question.matrix!.rows.map((row) => (
                      <option key={row.id} value={row.id}>
                        {row.label ? localized(row.label) : row.id}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field label={t('surveys.invite.followUp.column')}>
                {(control) => (
                  <select
                    {...control}
                    value={value.columnId}
                    onChange={(event) => set({ columnId: event.target.value })}
                  >
                    <option value="">{t('surveys.invite.followUp.anyColumn')}</option>
                    {question.matrix!.columns.map((column) => (
                      <option key={column.id} value={column.id}>
                        {localized(column.label)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            </>
          )}
        </>
      )}
    </fieldset>
  );
}

export function RuleValue({
  question,
  test,
  value,
  onChange,
  error,
  professions = [],
}: {
  question: Question;
  test: FollowUpTest | '';
  value: string;
  onChange: (value: string) => void;
  error?: string;
  professions?: { code: string; name: string }[];
}) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const choices: { value: string; label: string }[] | undefined =
    test === 'includesProfession'
      ? professions.map((profession) => ({ value: profession.code, label: profession.name }))
      : question.type === 'yes_no'
        ? [
            { value: 'true', label: t('surveys.builder.showIf.yes') },
            { value: 'false', label: t('surveys.builder.showIf.no') },
          ]
        : question.options?.map((option) => ({ value: option.value, label: localized(option.label) }));
  const label =
    test === 'includesProfession'
      ? t('surveys.invite.followUp.profession')
      : t('surveys.invite.followUp.value');

  if (choices) {
    return (
      <Field label={label} error={error}>
        {(control) => (
          <select {...control} value={value} onChange={(event) => onChange(event.target.value)}>
            <option value="">
              {test === 'includesProfession'
                ? t('surveys.invite.followUp.chooseProfession')
                : t('surveys.invite.followUp.chooseValue')}
            </option>
            {choices.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </select>
        )}
      </Field>
    );
  }
  return (
    <Field label={label} error={error}>
      {(control) => (
        <input
          {...control}
          className="input-short"
          inputMode={question.type === 'number' ? 'decimal' : undefined}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}
