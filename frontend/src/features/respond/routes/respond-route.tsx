import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { TFunction } from 'i18next';
import { ErrorAlert } from '@/components/ui/error-alert';
import { Loading } from '@/components/ui/loading';
import { ApiError, isNotFound } from '@/lib/api/api-error';
import { useTranslation } from '@/lib/i18n/translation';
import { formatDateTime } from '@/utils/format';
import { useLocalized, useTextLang } from '@/utils/localized';
import { getRespondentForm, listProfessions, listServiceAreas } from '../api/respondent-api';
import type { Profession, RespondentForm, ServiceArea } from '../api/types';
import { useLoaded } from '../api/use-loaded';
import { AnswerView } from '../components/answer-view';
import { ContactForm } from '../components/contact-form';
import { questionAnchorId, QuestionnaireForm } from '../components/questionnaire-form';
import { allQuestions, missingRequired, questionIdOf } from '../utils/answers';
import type { DraftState } from '../utils/draft-sync';
import { useDraftSync } from '../utils/use-draft-sync';
import '../respond.css';

/**
 * The page a respondent link opens: the questionnaire, answered without an account. Shown by the respondent's own
 * lean page (respond.html, src/respond-main.tsx), and by the app's router for a link followed inside the app: it
 * needs neither the router nor TanStack Query nor i18next, so it works in both.
 */
export function RespondRoute({ token }: { token: string }) {
  const { t } = useTranslation();
  const form = useLoaded(`respond:${token}`, (signal) => getRespondentForm(token, signal));
  const professions = useLoaded('professions', listProfessions);
  const serviceAreas = useLoaded('service-areas', listServiceAreas);

  useEffect(() => {
    document.title = `${t('respond.pageTitle')} – ${t('app.name')}`;
  }, [t]);

  if (form.isError) {
    return (
      <>
        <h1>{t('respond.pageTitle')}</h1>
        {isNotFound(form.error) ? (
          <div role="alert" className="alert alert-error">
            <p className="alert-title">{t('respond.linkInvalid')}</p>
            <p>{form.error instanceof ApiError ? form.error.detail : null}</p>
          </div>
        ) : (
          <ErrorAlert error={form.error} onRetry={form.retry} />
        )}
      </>
    );
  }
  if (professions.isError || serviceAreas.isError) {
    return (
      <ErrorAlert error={professions.error ?? serviceAreas.error} onRetry={() => window.location.reload()} />
    );
  }
  if (!form.data || !professions.data || !serviceAreas.data) return <Loading />;
  return (
    <Respond token={token} form={form.data} professions={professions.data} serviceAreas={serviceAreas.data} />
  );
}

type RespondProps = {
  token: string;
  form: RespondentForm;
  professions: Profession[];
  serviceAreas: ServiceArea[];
};

function Respond({ token, form, professions, serviceAreas }: RespondProps) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const langOf = useTextLang();
  const { sync, state } = useDraftSync(token, form);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [submitting, setSubmitting] = useState(false);
  const [justSubmitted, setJustSubmitted] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  const questions = allQuestions(form.definition);
  const textOf = (questionId: string) =>
    localized(questions.find((question) => question.id === questionId)?.text) || questionId;
  const submitted = state.status === 'submitted';
  const closed = form.closesAt !== undefined && new Date(form.closesAt) < new Date();

  // A refused submit: every problem by question, at the question and in a summary at the top.
  const serverErrors = (error: unknown) => {
    const found: Record<string, string> = {};
    if (error instanceof ApiError && error.status === 400) {
      error.violations.forEach((violation) => {
        const id = questionIdOf(violation.field);
        if (id && !found[id]) found[id] = translateMessage(violation.message, t);
      });
    }
    return found;
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const missing = missingRequired(form.definition, state.answers);
    if (missing.length > 0) {
      setErrors(Object.fromEntries(missing.map((question) => [question.id, t('respond.errors.required')])));
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    setSubmitting(true);
    const done = await sync.submit();
    setSubmitting(false);
    if (done) {
      setErrors({});
      setJustSubmitted(true);
      requestAnimationFrame(() => doneRef.current?.focus());
    } else {
      setErrors(serverErrors(sync.getState().problem));
      requestAnimationFrame(() => summaryRef.current?.focus());
    }
  };

  const onAnswer = (questionId: string, value: unknown) => {
    sync.set(questionId, value);
    if (errors[questionId]) {
      const rest = { ...errors };
      delete rest[questionId];
      setErrors(rest);
    }
  };

  const errorEntries = Object.entries(errors);
  const otherProblem = Boolean(state.problem) && Object.keys(serverErrors(state.problem)).length === 0;

  return (
    <div className="respond">
      <p className="respond-municipality">{form.municipality.name}</p>
      <h1 lang={langOf(form.title)}>{localized(form.title)}</h1>
      {form.description && (
        <p className="lead" lang={langOf(form.description)}>
          {localized(form.description)}
        </p>
      )}
      <ul className="respond-facts">
        {form.closesAt && <li>{t('respond.closesAt', { time: formatDateTime(form.closesAt) })}</li>}
        {form.anonymous && <li>{t('respond.anonymous')}</li>}
        {!submitted && <li>{t('respond.autosaveNote')}</li>}
      </ul>

      {submitted ? (
        <div
          ref={doneRef}
          tabIndex={-1}
          role={justSubmitted ? 'status' : undefined}
          className="alert alert-success"
        >
          <p className="alert-title">{justSubmitted ? t('respond.thanks') : t('respond.submittedTitle')}</p>
          <p>
            {t('respond.submittedAt', { time: state.submittedAt ? formatDateTime(state.submittedAt) : '' })}{' '}
            {t('respond.readOnly')}
          </p>
        </div>
      ) : (
        <SaveStatus state={state} />
      )}

      {form.definition.sections.length >= SECTION_INDEX_FROM && (
        <nav className="section-index" aria-label={t('respond.sectionIndex')}>
          <p className="section-index-title" aria-hidden="true">
            {t('respond.sectionIndex')}
          </p>
          <ol>
            {form.definition.sections.map((section) => (
              <li key={section.id}>
                <a href={`#section-${section.id}`} lang={langOf(section.title)}>
                  {localized(section.title)}
                </a>
              </li>
            ))}
          </ol>
        </nav>
      )}

      {state.conflicts.length > 0 && (
        <div role="alert" className="alert alert-warning conflicts">
          <p className="alert-title">{t('respond.conflicts.title')}</p>
          <p>{t('respond.conflicts.explain')}</p>
          {state.conflicts.map((conflict) => {
            const question = questions.find((q) => q.id === conflict.questionId);
            return (
              <section
                key={conflict.questionId}
                className="conflict"
                aria-label={textOf(conflict.questionId)}
              >
                <h2 className="conflict-question">{textOf(conflict.questionId)}</h2>
                {question && (
                  <div className="conflict-answers">
                    <div>
                      <h3>{t('respond.conflicts.mine')}</h3>
                      <AnswerView
                        question={question}
                        value={conflict.mine}
                        professions={professions}
                        serviceAreas={serviceAreas}
                      />
                    </div>
                    <div>
                      <h3>{t('respond.conflicts.theirs')}</h3>
                      <AnswerView
                        question={question}
                        value={conflict.theirs}
                        professions={professions}
                        serviceAreas={serviceAreas}
                      />
                    </div>
                  </div>
                )}
                <div className="form-actions">
                  <button
                    type="button"
                    className="button"
                    onClick={() => sync.resolve(conflict.questionId, 'mine')}
                  >
                    {t('respond.conflicts.keepMine')}
                  </button>
                  <button
                    type="button"
                    className="button button-secondary"
                    onClick={() => sync.resolve(conflict.questionId, 'theirs')}
                  >
                    {t('respond.conflicts.keepTheirs')}
                  </button>
                </div>
              </section>
            );
          })}
        </div>
      )}

      {otherProblem && <ErrorAlert error={state.problem} />}

      {errorEntries.length > 0 && (
        <div ref={summaryRef} tabIndex={-1} role="alert" className="alert alert-error error-summary">
          <p className="alert-title">{t('respond.errors.summary')}</p>
          <ul>
            {errorEntries.map(([questionId, message]) => (
              <li key={questionId}>
                <a
                  href={`#${questionAnchorId(questionId)}`}
                  onClick={(event) => {
                    event.preventDefault();
                    document.getElementById(questionAnchorId(questionId))?.focus();
                  }}
                >
                  {textOf(questionId)}: {message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}

      <ContactForm token={token} contact={form.contact} disabled={closed} />

      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <QuestionnaireForm
          definition={form.definition}
          answers={state.answers}
          onAnswer={onAnswer}
          professions={professions}
          serviceAreas={serviceAreas}
          readOnly={submitted}
          errors={errors}
          prefilled={form.prefilled}
        />
        {!submitted && (
          <div className="form-actions respond-actions">
            <button
              type="submit"
              className="button"
              disabled={submitting || closed || state.conflicts.length > 0}
              aria-describedby={state.conflicts.length > 0 ? 'respond-submit-blocked' : undefined}
            >
              {submitting ? t('respond.submitting') : t('respond.submit')}
            </button>
            {state.conflicts.length > 0 && (
              <p id="respond-submit-blocked" className="field-hint">
                {t('respond.conflicts.blockSubmit')}
              </p>
            )}
            <SaveStatus state={state} compact />
          </div>
        )}
      </form>
    </div>
  );
}

/** A questionnaire of this many sections or more gets an index of them at the top. */
const SECTION_INDEX_FROM = 2;

/**
 * Whether the answers are saved, said once and announced politely; it sticks to the top of the window, so it
 * stays in sight however long the questionnaire.
 */
function SaveStatus({ state, compact }: { state: DraftState; compact?: boolean }) {
  const { t } = useTranslation();
  const text = {
    idle: state.savedAt
      ? t('respond.save.savedAt', { time: formatDateTime(state.savedAt) })
      : t('respond.save.idle'),
    pending: t('respond.save.pending'),
    saving: t('common.saving'),
    saved: state.savedAt
      ? t('respond.save.savedAt', { time: formatDateTime(state.savedAt) })
      : t('respond.save.saved'),
    offline: t('respond.save.offline'),
    failed: t('respond.save.failed'),
  }[state.saveState];
  if (compact)
    return (
      <p className="save-status muted" aria-hidden="true">
        {text}
      </p>
    );
  return (
    <div className="save-status-bar">
      <p className={`save-status save-status-${state.saveState}`} role="status" data-testid="save-status">
        {text}
      </p>
    </div>
  );
}

/** The API's messages for answers, in the reader's language where we know them. */
function translateMessage(message: string, t: TFunction) {
  if (message === 'an answer is required') return t('respond.errors.required');
  if (message === 'name the area') return t('respond.errors.nameArea');
  if (message === 'must be a whole number') return t('respond.errors.wholeNumber');
  const atLeast = /^must be at least (.+)$/.exec(message);
  if (atLeast) return t('respond.errors.atLeast', { value: atLeast[1]!.replace('.', ',') });
  const atMost = /^must be at most (\S+)$/.exec(message);
  if (atMost) return t('respond.errors.atMost', { value: atMost[1]!.replace('.', ',') });
  return message;
}
