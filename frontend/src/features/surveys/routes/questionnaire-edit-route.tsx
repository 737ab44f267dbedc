import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/error-alert';
import { Field } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { ApiError, violationFor } from '@/lib/api/api-error';
import { formatDate, startOfSwedishDay } from '@/utils/format';
import { useDocumentTitle } from '@/utils/use-document-title';
import { questionnaireQueryKey } from '../api/get-questionnaire';
import { closingInstant } from '../utils/closing-day';
import { useProfessions } from '@/lib/catalogues/list-professions';
import { useServiceAreas } from '@/lib/catalogues/list-service-areas';
import type { Definition, LocalizedText, Questionnaire } from '../api/types';
import { useUpdateQuestionnaire } from '../api/update-questionnaire';
import type { Answers, QuestionnaireFormComponent } from '../components/form-preview';
import { QuestionEditor } from '../components/question-editor';
import { TextPair } from '../components/text-pair';
import {
  addQuestion,
  addSection,
  earlierQuestions,
  moveQuestion,
  moveSection,
  removeQuestion,
  removeSection,
  updateQuestion,
  updateSection,
} from '../utils/definition';
import { useLocalized } from '@/utils/localized';
import {
  definitionViolations,
  isShownInBuilder,
  questionViolations,
  sectionViolations,
} from '../utils/violations';
import { useQuestionnaireContext } from './questionnaire-route';

type EditRouteProps = { QuestionnaireForm?: QuestionnaireFormComponent };

/** Redigera: the builder, for those who may change the questionnaire. */
export function QuestionnaireEditRoute({ QuestionnaireForm }: EditRouteProps) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const { questionnaire, mayManage } = useQuestionnaireContext();
  useDocumentTitle(`${localized(questionnaire.title)}: ${t('surveys.questionnaire.edit')}`);
  const [generation, setGeneration] = useState(0);

  if (!mayManage) return <p>{t('surveys.builder.readOnly')}</p>;
  if (questionnaire.status === 'archived') return <p>{t('surveys.builder.archived')}</p>;
  return (
    <QuestionnaireBuilder
      // Reloading starts the builder afresh from the questionnaire as it now is.
      key={generation}
      questionnaire={questionnaire}
      onReloaded={() => setGeneration((n) => n + 1)}
      QuestionnaireForm={QuestionnaireForm}
    />
  );
}

const settingsFields = ['title', 'title.sv', 'opensAt', 'closesAt'];

function dayOf(instant: string | undefined) {
  return instant ? formatDate(instant) : '';
}

type BuilderProps = {
  questionnaire: Questionnaire;
  onReloaded: () => void;
  QuestionnaireForm?: QuestionnaireFormComponent;
};

function QuestionnaireBuilder({ questionnaire, onReloaded, QuestionnaireForm }: BuilderProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const update = useUpdateQuestionnaire(questionnaire.id);
  const professions = useProfessions();
  const serviceAreas = useServiceAreas();
  const [title, setTitle] = useState<LocalizedText>(questionnaire.title);
  const [description, setDescription] = useState<LocalizedText | undefined>(questionnaire.description);
  const [opensAt, setOpensAt] = useState(dayOf(questionnaire.opensAt));
  const [closesAt, setClosesAt] = useState(dayOf(questionnaire.closesAt));
  const [anonymous, setAnonymous] = useState(questionnaire.anonymous);
  const [definition, setDefinition] = useState<Definition>(questionnaire.definition);
  const [previewAnswers, setPreviewAnswers] = useState<Answers>({});
  const [saved, setSaved] = useState('');
  const [titleMissing, setTitleMissing] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const error = update.error;
  const conflict = error instanceof ApiError && error.status === 412;
  const beenOpen = questionnaire.versions.some((version) => version.frozenAt);

  const save = (event: FormEvent) => {
    event.preventDefault();
    setSaved('');
    // The one thing the API would refuse that the builder can tell at once.
    setTitleMissing(!title.sv.trim());
    if (!title.sv.trim()) {
      update.reset();
      window.setTimeout(() => summary.current?.focus(), 0);
      return;
    }
    const before = questionnaire.currentVersion;
    update.mutate(
      {
        revision: questionnaire.revision,
        questionnaire: {
          title,
          ...(description && { description }),
          ...(questionnaire.campaignId && { campaignId: questionnaire.campaignId }),
          ...(questionnaire.ownerCountyCode && { ownerCountyCode: questionnaire.ownerCountyCode }),
          ...(questionnaire.prefillSourceId && { prefillSourceId: questionnaire.prefillSourceId }),
          anonymous,
          ...(opensAt && { opensAt: startOfSwedishDay(opensAt) }),
          // Answers are taken through the whole of the last day.
          ...(closesAt && { closesAt: closingInstant(closesAt) }),
          definition,
        },
      },
      {
        onSuccess: (next) =>
          setSaved(
            next.currentVersion !== before
              ? t('surveys.builder.savedVersion', { version: next.currentVersion })
              : t('surveys.builder.saved'),
          ),
        onError: () => window.setTimeout(() => summary.current?.focus(), 0),
      },
    );
  };

  const reload = async () => {
    await queryClient.refetchQueries({ queryKey: questionnaireQueryKey(questionnaire.id) });
    onReloaded();
  };

  const violations = error instanceof ApiError ? error.violations : [];
  // The settings and the definition show their violations next to their fields; the rest go to the summary.
  const shownFields = violations
    .map((violation) => violation.field)
    .filter((field) => isShownInBuilder(field) || settingsFields.includes(field));
  const unshown = violations.length - shownFields.length;
  let questionNumber = 0;

  return (
    <div className="surveys-builder">
      <form className="surveys-builder-form" onSubmit={save} noValidate aria-labelledby="builder-heading">
        <h2 id="builder-heading">{t('surveys.builder.heading')}</h2>
        {beenOpen && (
          <p className="alert">
            {t('surveys.builder.newVersionNote', { next: questionnaire.currentVersion + 1 })}
          </p>
        )}
        <div ref={summary} tabIndex={-1}>
          {conflict ? (
            <div role="alert" className="alert alert-error">
              <p className="alert-title">{t('surveys.builder.conflict')}</p>
              <button type="button" className="button" onClick={() => void reload()}>
                {t('surveys.builder.reload')}
              </button>
            </div>
          ) : titleMissing ? (
            <p role="alert" className="alert alert-error">
              {t('surveys.builder.invalid')}
            </p>
          ) : (
            error && (
              <>
                {shownFields.length > 0 && (
                  <p role="alert" className="alert alert-error">
                    {t('surveys.builder.invalid')}
                  </p>
                )}
                {(violations.length === 0 || unshown > 0) && (
                  <ErrorAlert error={error} shownAtFields={shownFields} />
                )}
                {definitionViolations(error).map((violation, index) => (
                  <p key={index} className="field-error">
                    {violation.message}
                  </p>
                ))}
              </>
            )
          )}
        </div>

        <fieldset className="surveys-card">
          <legend>{t('surveys.builder.settings')}</legend>
          <TextPair
            labelSv={t('surveys.builder.titleSv')}
            labelEn={t('surveys.builder.titleEn')}
            value={title}
            onChange={(next) => setTitle(next ?? { sv: '' })}
            error={
              titleMissing
                ? t('surveys.create.titleRequired')
                : (violationFor(error, 'title.sv') ?? violationFor(error, 'title'))
            }
          />
          <TextPair
            labelSv={t('surveys.builder.descriptionSv')}
            labelEn={t('surveys.builder.descriptionEn')}
            value={description}
            onChange={setDescription}
            rows={3}
          />
          <div className="surveys-grid">
            <Field label={t('surveys.builder.opensAt')} error={violationFor(error, 'opensAt')}>
              {(control) => (
                <input
                  {...control}
                  type="date"
                  value={opensAt}
                  onChange={(event) => setOpensAt(event.target.value)}
                />
              )}
            </Field>
            <Field label={t('surveys.builder.closesAt')} error={violationFor(error, 'closesAt')}>
              {(control) => (
                <input
                  {...control}
                  type="date"
                  value={closesAt}
                  onChange={(event) => setClosesAt(event.target.value)}
                />
              )}
            </Field>
          </div>
          <div className="checkbox">
            <input
              type="checkbox"
              id="builder-anonymous"
              checked={anonymous}
              onChange={(event) => setAnonymous(event.target.checked)}
            />
            <label htmlFor="builder-anonymous">{t('surveys.builder.anonymous')}</label>
          </div>
        </fieldset>

        <h3>{t('surveys.builder.sections')}</h3>
        {definition.sections.map((section, s) => {
          const sectionTarget = t('surveys.builder.sectionTarget', { n: s + 1 });
          const problems = sectionViolations(error, s);
          return (
            <section key={s} className="surveys-card" aria-labelledby={`section-${s}-heading`}>
              <h4 id={`section-${s}-heading`}>
                {t('surveys.builder.section', { n: s + 1 })}
                {section.title.sv && `: ${section.title.sv}`}
              </h4>
              {problems.length > 0 && (
                <div className="alert alert-error">
                  <p className="alert-title">{t('surveys.builder.sectionProblems')}</p>
                  <ul>
                    {problems.map((violation, index) => (
                      <li key={index}>
                        {violation.field && <code>{violation.field}</code>} {violation.message}
                      </li>
                    ))}
                  </ul>
                </div>
              )}
              <TextPair
                labelSv={t('surveys.builder.sectionTitleSv')}
                labelEn={t('surveys.builder.sectionTitleEn')}
                value={section.title}
                onChange={(next) =>
                  setDefinition(updateSection(definition, s, { ...section, title: next ?? { sv: '' } }))
                }
              />
              {section.questions.map((question, q) => {
                questionNumber += 1;
                return (
                  <QuestionEditor
                    key={`${s}-${q}`}
                    question={question}
                    n={questionNumber}
                    first={q === 0}
                    last={q === section.questions.length - 1}
                    onChange={(next) => setDefinition(updateQuestion(definition, s, q, next))}
                    onRemove={() => setDefinition(removeQuestion(definition, s, q))}
                    onMove={(by) => setDefinition(moveQuestion(definition, s, q, by))}
                    earlier={earlierQuestions(definition, s, q)}
                    professions={professions.data ?? []}
                    serviceAreas={serviceAreas.data ?? []}
                    violations={questionViolations(error, s, q)}
                  />
                );
              })}
              <div className="surveys-actions">
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() => setDefinition(addQuestion(definition, s))}
                >
                  {t('surveys.builder.addQuestion')} <span className="visually-hidden">{sectionTarget}</span>
                </button>
                <button
                  type="button"
                  className="button button-secondary button-small"
                  disabled={s === 0}
                  onClick={() => setDefinition(moveSection(definition, s, -1))}
                >
                  {t('surveys.builder.moveUp')} <span className="visually-hidden">{sectionTarget}</span>
                </button>
                <button
                  type="button"
                  className="button button-secondary button-small"
                  disabled={s === definition.sections.length - 1}
                  onClick={() => setDefinition(moveSection(definition, s, 1))}
                >
                  {t('surveys.builder.moveDown')} <span className="visually-hidden">{sectionTarget}</span>
                </button>
                <button
                  type="button"
                  className="button button-danger button-small"
                  onClick={() => setDefinition(removeSection(definition, s))}
                >
                  {t('surveys.builder.removeSection')}{' '}
                  <span className="visually-hidden">{sectionTarget}</span>
                </button>
              </div>
            </section>
          );
        })}
        <p>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => setDefinition(addSection(definition))}
          >
            {t('surveys.builder.addSection')}
          </button>
        </p>
        <SubmitButton pending={update.isPending} label={t('surveys.builder.save')} />
        <p role="status" className="status-message">
          {saved}
        </p>
      </form>

      <aside className="surveys-preview" aria-labelledby="builder-preview">
        <h2 id="builder-preview">{t('surveys.builder.preview')}</h2>
        <p className="muted">{t('surveys.builder.previewIntro')}</p>
        {QuestionnaireForm ? (
          professions.data &&
          serviceAreas.data && (
            <QuestionnaireForm
              definition={definition}
              answers={previewAnswers}
              onChange={setPreviewAnswers}
              professions={professions.data}
              serviceAreas={serviceAreas.data}
              idPrefix="preview"
              headingLevel={3}
            />
          )
        ) : (
          <p>{t('surveys.response.formMissing')}</p>
        )}
      </aside>
    </div>
  );
}
