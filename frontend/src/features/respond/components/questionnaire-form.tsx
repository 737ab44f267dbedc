import { useTranslation } from '@/lib/i18n/translation';
import { useLocalized, useTextLang } from '@/utils/localized';
import type { Answers, Definition, Profession, ServiceArea } from '../api/types';
import { isShown } from '../utils/answers';
import { AnswerView } from './answer-view';
import { QuestionField } from './question-field';
// The form's own look wherever it is shown: the respondent's page, the builder's preview, a coordinator's view of
// a municipality's answers.
import '../respond.css';

export type QuestionnaireFormProps = {
  definition: Definition;
  answers: Answers;
  /** Called with all answers after each change (the builder's preview). */
  onChange?: (answers: Answers) => void;
  /** Called with the one answer changed (the respondent's form, which saves per question). */
  onAnswer?: (questionId: string, value: unknown) => void;
  professions: Profession[];
  serviceAreas: ServiceArea[];
  readOnly?: boolean;
  /** Prefixes the ids of the question anchors, when two forms share a page. */
  idPrefix?: string;
  /** Question id → what is wrong with its answer. */
  errors?: Record<string, string>;
  /** Questions whose answers were copied from an earlier questionnaire. */
  prefilled?: readonly string[];
  /** The level of the sections' headings, to fit the page around the form (default 2). */
  headingLevel?: 2 | 3 | 4;
};

export const questionAnchorId = (questionId: string, idPrefix = '') => `${idPrefix}question-${questionId}`;

/**
 * Renders any questionnaire: its sections and the questions shown by their conditions on the answers so far,
 * editable or, read-only, as the answers given.
 */
export function QuestionnaireForm({
  definition,
  answers,
  onChange,
  onAnswer,
  professions,
  serviceAreas,
  readOnly,
  idPrefix = '',
  errors = {},
  prefilled = [],
  headingLevel = 2,
}: QuestionnaireFormProps) {
  const SectionHeading = `h${headingLevel}` as const;
  const AnswerHeading = `h${headingLevel + 1}` as 'h3' | 'h4' | 'h5';
  const { t } = useTranslation();
  const localized = useLocalized();
  const langOf = useTextLang();

  const answer = (questionId: string, value: unknown) => {
    onAnswer?.(questionId, value);
    if (onChange) {
      const next = { ...answers };
      if (value === undefined) delete next[questionId];
      else next[questionId] = value;
      onChange(next);
    }
  };

  return (
    <div className="questionnaire-form">
      {definition.sections.map((section, index) => {
        const questions = section.questions.filter((question) => isShown(question, answers));
        const headingId = `${idPrefix}section-${section.id}`;
        return (
          <section key={section.id} className="questionnaire-section" aria-labelledby={headingId}>
            <SectionHeading id={headingId}>
              <span className="visually-hidden">
                {t('respond.sectionNumber', { number: index + 1, count: definition.sections.length })}{' '}
              </span>
              <span lang={langOf(section.title)}>{localized(section.title)}</span>
            </SectionHeading>
            {section.description && (
              <p className="lead" lang={langOf(section.description)}>
                {localized(section.description)}
              </p>
            )}
            {questions.length === 0 && <p className="muted">{t('respond.noQuestionsShown')}</p>}
            {questions.map((question) =>
              readOnly ? (
                <div key={question.id} id={questionAnchorId(question.id, idPrefix)} className="question">
                  <AnswerHeading className="question-text" lang={langOf(question.text)}>
                    {localized(question.text)}
                  </AnswerHeading>
                  <AnswerView
                    question={question}
                    value={answers[question.id]}
                    professions={professions}
                    serviceAreas={serviceAreas}
                  />
                </div>
              ) : (
                <QuestionField
                  key={question.id}
                  anchorId={questionAnchorId(question.id, idPrefix)}
                  question={question}
                  value={answers[question.id]}
                  onChange={(value) => answer(question.id, value)}
                  professions={professions}
                  serviceAreas={serviceAreas}
                  error={errors[question.id]}
                  prefilled={prefilled.includes(question.id)}
                />
              ),
            )}
          </section>
        );
      })}
    </div>
  );
}
