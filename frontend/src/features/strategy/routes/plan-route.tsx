import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { ErrorAlert } from '@/components/ui/error-alert';
import { Field } from '@/components/ui/field';
import { Loading } from '@/components/ui/loading';
import { SubmitButton } from '@/components/ui/submit-button';
import { isNotFound, violationFor } from '@/lib/api/api-error';
import { useMe } from '@/lib/auth/get-me';
import { mayWritePlansOf } from '@/lib/auth/permissions';
import { useServiceAreas } from '@/lib/catalogues/list-service-areas';
import { parseDecimal } from '@/utils/decimal';
import { formatDate, formatNumber, formatPercent } from '@/utils/format';
import { useCatalogueName } from '@/utils/localized';
import { useDocumentTitle } from '@/utils/use-document-title';
import { useFocusFirstInvalid } from '@/utils/use-focus-first-invalid';
import {
  type ActionPlan,
  activityRequest,
  type PlanActivity,
  type PlanActivityRequest,
  type PlanGoal,
  type PlanStatus,
  type Strategy,
  usePlan,
  usePlanWrites,
  useRecruitmentStrategyList,
  useStrategy,
} from '../api/strategy-api';
import '../strategy.css';

const day = (date: string) => formatDate(`${date}T12:00:00Z`);
const statuses: PlanStatus[] = ['late', 'at_risk', 'on_track', 'done'];
const progressValues: PlanActivity['progress'][] = ['planned', 'ongoing', 'done', 'cancelled'];
/** Today in Sweden, as a date input wants it. */
const today = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());

function StatusBadge({ status }: { status: PlanStatus }) {
  const { t } = useTranslation();
  return <span className={`status-badge status-${status}`}>{t(`plans.status.${status}`)}</span>;
}

/**
 * One action plan: its goals with their status and indicators, its activities on a board by status with their
 * progress notes, and for those who may write it forms to add goals, activities and notes and to move an activity on.
 */
export function PlanRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const plan = usePlan(id);
  const strategy = useStrategy(plan.data?.strategyCode);
  const me = useMe();
  useDocumentTitle(plan.data?.title ?? t('plans.title'));

  if (plan.isError) {
    return isNotFound(plan.error) ? (
      <h1>{t('notFound.title')}</h1>
    ) : (
      <ErrorAlert error={plan.error} onRetry={() => void plan.refetch()} />
    );
  }
  if (!plan.data || !strategy.data) return <Loading />;
  const mayWrite = mayWritePlansOf(me.data, plan.data);
  const goalTitle = (goalId: string | undefined) => plan.data.goals.find((goal) => goal.id === goalId)?.title;

  return (
    <>
      <h1>{plan.data.title}</h1>
      <p>
        {t('plans.plan.owner', { owner: plan.data.ownerName })}.{' '}
        {t('plans.plan.period', { start: day(plan.data.periodStart), end: day(plan.data.periodEnd) })}
      </p>
      {plan.data.description && <p>{plan.data.description}</p>}
      <p>
        {t('plans.plan.export')}:{' '}
        <a href={`/api/v1/action-plans/${encodeURIComponent(plan.data.id)}/export?format=csv`} download>
          {t('plans.plan.exportCsv')}
        </a>
        {', '}
        <a href={`/api/v1/action-plans/${encodeURIComponent(plan.data.id)}/export?format=xlsx`} download>
          {t('plans.plan.exportXlsx')}
        </a>
      </p>

      <section aria-labelledby="plan-goals">
        <h2 id="plan-goals">{t('plans.plan.goals')}</h2>
        {plan.data.goals.length === 0 ? (
          <p className="muted">{t('plans.plan.noGoals')}</p>
        ) : (
          <ul>
            {plan.data.goals.map((goal) => (
              <li key={goal.id}>
                <strong>{goal.title}</strong> <StatusBadge status={goal.status} />
                {goal.parentId && (
                  <span>
                    {' '}
                    ({t('plans.goalForm.parent')}: {goalTitle(goal.parentId)})
                  </span>
                )}
                {goal.dueDate && <span>. {t('plans.plan.dueGoal', { date: day(goal.dueDate) })}</span>}
                <IndicatorText goal={goal} />
                {mayWrite && <DeleteGoal planId={plan.data.id} goal={goal} />}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="plan-board">
        <h2 id="plan-board">{t('plans.plan.board')}</h2>
        <p>{t('plans.rule')}</p>
        <ul className="plan-board">
          {statuses.map((status) => {
            const activities = plan.data.activities.filter((activity) => activity.status === status);
            return (
              <li key={status} className="plan-column" aria-labelledby={`column-${status}`}>
                <h3 id={`column-${status}`}>
                  {t(`plans.status.${status}`)} ({activities.length})
                </h3>
                {activities.length === 0 && <p className="muted">{t('plans.plan.noActivities')}</p>}
                {activities.map((activity) => (
                  <ActivityCard
                    key={activity.id}
                    plan={plan.data}
                    strategy={strategy.data}
                    activity={activity}
                    goalTitle={goalTitle(activity.goalId)}
                    mayWrite={mayWrite}
                  />
                ))}
              </li>
            );
          })}
        </ul>
      </section>

      {mayWrite && (
        <div className="plan-forms">
          <GoalForm plan={plan.data} />
          <ActivityForm plan={plan.data} strategy={strategy.data} />
        </div>
      )}
    </>
  );
}

function DeleteGoal({ planId, goal }: { planId: string; goal: PlanGoal }) {
  const { t } = useTranslation();
  const writes = usePlanWrites(planId);
  return (
    <>
      {' '}
      <ConfirmButton
        label={t('plans.plan.delete')}
        target={goal.title}
        question={t('plans.plan.deleteGoalQuestion', { title: goal.title })}
        confirmLabel={t('plans.plan.deleteConfirm')}
        pending={writes.deleteGoal.isPending}
        onConfirm={() => writes.deleteGoal.mutate({ goalId: goal.id, revision: goal.revision })}
      />
      {writes.deleteGoal.isError && <ErrorAlert error={writes.deleteGoal.error} />}
    </>
  );
}

function IndicatorText({ goal }: { goal: PlanGoal }) {
  const { t } = useTranslation();
  const indicator = goal.indicator;
  if (!indicator) return null;
  if (indicator.kind === 'survey_question') {
    const range = `${indicator.minValue === undefined ? '' : formatNumber(indicator.minValue)}–${
      indicator.maxValue === undefined ? '' : formatNumber(indicator.maxValue)
    }`;
    return (
      <span>
        .{' '}
        {t('plans.plan.survey', {
          question: indicator.questionId ?? '',
          range,
          latest: indicator.latestValue === undefined ? '–' : formatNumber(indicator.latestValue),
          count: indicator.answersCount ?? 0,
        })}
      </span>
    );
  }
  if (indicator.maxShare === undefined) return null;
  const max = formatPercent(indicator.maxShare, 2);
  if (indicator.latestShare === undefined) {
    return <span>. {t('plans.plan.indicatorNoData', { year: indicator.year ?? '', max })}</span>;
  }
  const latest = `${formatPercent(indicator.latestShare, 2)} (${indicator.latestYear})`;
  return (
    <span>
      .{' '}
      {t(indicator.kind === 'kpi' ? 'plans.plan.kpi' : 'plans.plan.indicator', {
        year: indicator.year ?? '',
        max,
        latest,
      })}
    </span>
  );
}

function ActivityCard({
  plan,
  strategy,
  activity,
  goalTitle,
  mayWrite,
}: {
  plan: ActionPlan;
  strategy: Strategy;
  activity: PlanActivity;
  goalTitle: string | undefined;
  mayWrite: boolean;
}) {
  const { t } = useTranslation();
  const writes = usePlanWrites(plan.id);
  const [progress, setProgress] = useState(activity.progress);
  const [noteDate, setNoteDate] = useState(today());
  const [noteText, setNoteText] = useState('');
  const actions = strategy.goals.flatMap((goal) => goal.actions);
  const linked = activity.strategyActions
    .map((number) => `${number}. ${actions.find((action) => action.number === number)?.title ?? ''}`)
    .join('; ');

  const addNote = (event: FormEvent) => {
    event.preventDefault();
    writes.addNote.mutate(
      { activityId: activity.id, note: { notedOn: noteDate, text: noteText } },
      { onSuccess: () => setNoteText('') },
    );
  };

  return (
    <article className="plan-card" aria-labelledby={`activity-${activity.id}`}>
      <h4 id={`activity-${activity.id}`}>{activity.title}</h4>
      <p>
        <StatusBadge status={activity.status} /> {t(`plans.progress.${activity.progress}`)}
        {activity.dueDate && <>. {t('plans.plan.due', { date: day(activity.dueDate) })}</>}
      </p>
      {goalTitle && <p>{t('plans.plan.goalOf', { goal: goalTitle })}</p>}
      {activity.owner && <p>{activity.owner}</p>}
      {linked && <p>{t('plans.plan.linked', { actions: linked })}</p>}
      {activity.strategyGoals.length > 0 && (
        <p>{t('plans.plan.linkedGoals', { goals: activity.strategyGoals.join(', ') })}</p>
      )}
      {activity.notes.length > 0 && (
        <>
          <h5>{t('plans.plan.notes')}</h5>
          <ul>
            {activity.notes.map((note) => (
              <li key={note.id}>
                <span className="nowrap">{day(note.notedOn)}</span>: {note.text}{' '}
                <span className="plan-note-author">({note.author})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {mayWrite && (
        <>
          <form
            className="form form-inline"
            onSubmit={(event) => {
              event.preventDefault();
              writes.updateActivity.mutate({
                activityId: activity.id,
                revision: activity.revision,
                activity: { ...activityRequest(activity), status: progress },
              });
            }}
          >
            <Field label={t('plans.plan.progressLabel', { title: activity.title })}>
              {(control) => (
                <select
                  {...control}
                  value={progress}
                  onChange={(event) => setProgress(event.target.value as PlanActivity['progress'])}
                >
                  {progressValues.map((value) => (
                    <option key={value} value={value}>
                      {t(`plans.progress.${value}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <SubmitButton pending={writes.updateActivity.isPending} label={t('plans.plan.saveProgress')} />
          </form>
          {writes.updateActivity.isError && <ErrorAlert error={writes.updateActivity.error} />}
          <form
            className="form"
            onSubmit={addNote}
            aria-label={t('plans.noteForm.label', { title: activity.title })}
          >
            {writes.addNote.isError && (
              <ErrorAlert error={writes.addNote.error} shownAtFields={['notedOn', 'text']} />
            )}
            <Field label={t('plans.noteForm.date')} error={violationFor(writes.addNote.error, 'notedOn')}>
              {(control) => (
                <input
                  {...control}
                  type="date"
                  value={noteDate}
                  onChange={(e) => setNoteDate(e.target.value)}
                />
              )}
            </Field>
            <Field label={t('plans.noteForm.text')} error={violationFor(writes.addNote.error, 'text')}>
              {(control) => (
                <textarea
                  {...control}
                  rows={2}
                  value={noteText}
                  onChange={(e) => setNoteText(e.target.value)}
                />
              )}
            </Field>
            <SubmitButton pending={writes.addNote.isPending} label={t('plans.noteForm.submit')} />
          </form>
          <ConfirmButton
            label={t('plans.plan.delete')}
            target={activity.title}
            question={t('plans.plan.deleteActivityQuestion', { title: activity.title })}
            confirmLabel={t('plans.plan.deleteConfirm')}
            pending={writes.deleteActivity.isPending}
            onConfirm={() =>
              writes.deleteActivity.mutate({ activityId: activity.id, revision: activity.revision })
            }
          />
          {writes.deleteActivity.isError && <ErrorAlert error={writes.deleteActivity.error} />}
        </>
      )}
    </article>
  );
}

function GoalForm({ plan }: { plan: ActionPlan }) {
  const { t } = useTranslation();
  const catalogueName = useCatalogueName();
  const areas = useServiceAreas();
  const writes = usePlanWrites(plan.id);
  const form = useRef<HTMLFormElement>(null);
  const [title, setTitle] = useState('');
  const [parentId, setParentId] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [measure, setMeasure] = useState<'' | 'cost_target' | 'kpi'>('');
  const [maxShare, setMaxShare] = useState('');
  const [year, setYear] = useState(String(new Date().getFullYear() + 1));
  const [area, setArea] = useState('');
  const [errors, setErrors] = useState<{ title?: string }>({});
  useFocusFirstInvalid(form, errors);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) {
      setErrors({ title: t('costs.form.required') });
      return;
    }
    setErrors({});
    writes.addGoal.mutate(
      {
        title,
        ...(parentId && { parentId }),
        ...(dueDate && { dueDate }),
        ...(measure && {
          indicator: {
            kind: measure,
            year: Number(year),
            ...(area && { serviceArea: area }),
            ...(measure === 'kpi' && { maxShare: parseDecimal(maxShare) ?? -1 }),
          },
        }),
      },
      {
        onSuccess: () => {
          setTitle('');
          setDueDate('');
        },
      },
    );
  };

  return (
    <form ref={form} className="form" onSubmit={submit} noValidate aria-labelledby="goal-form-heading">
      <h2 id="goal-form-heading">{t('plans.goalForm.heading')}</h2>
      {writes.addGoal.isError && (
        <ErrorAlert
          error={writes.addGoal.error}
          shownAtFields={['title', 'indicator.year', 'indicator.maxShare', 'dueDate']}
        />
      )}
      <Field
        label={t('plans.goalForm.title')}
        error={errors.title ?? violationFor(writes.addGoal.error, 'title')}
      >
        {(control) => <input {...control} value={title} onChange={(e) => setTitle(e.target.value)} />}
      </Field>
      <Field label={t('plans.goalForm.parent')}>
        {(control) => (
          <select {...control} value={parentId} onChange={(e) => setParentId(e.target.value)}>
            <option value="">{t('plans.goalForm.noParent')}</option>
            {plan.goals
              .filter((goal) => !goal.parentId)
              .map((goal) => (
                <option key={goal.id} value={goal.id}>
                  {goal.title}
                </option>
              ))}
          </select>
        )}
      </Field>
      <Field label={t('plans.goalForm.dueDate')}>
        {(control) => (
          <input {...control} type="date" value={dueDate} onChange={(e) => setDueDate(e.target.value)} />
        )}
      </Field>
      <Field label={t('plans.goalForm.measure')}>
        {(control) => (
          <select {...control} value={measure} onChange={(e) => setMeasure(e.target.value as typeof measure)}>
            <option value="">{t('plans.goalForm.noMeasure')}</option>
            {plan.municipalityCode && <option value="cost_target">{t('plans.goalForm.indicator')}</option>}
            <option value="kpi">{t('plans.goalForm.kpi')}</option>
          </select>
        )}
      </Field>
      {measure && (
        <>
          <Field
            label={t('plans.goalForm.indicatorYear')}
            error={violationFor(writes.addGoal.error, 'indicator.year')}
          >
            {(control) => (
              <input
                {...control}
                className="input-short"
                inputMode="numeric"
                value={year}
                onChange={(e) => setYear(e.target.value)}
              />
            )}
          </Field>
          <Field label={t('plans.goalForm.indicatorArea')}>
            {(control) => (
              <select {...control} value={area} onChange={(e) => setArea(e.target.value)}>
                <option value="">{t('plans.goalForm.allAreas')}</option>
                {areas.data?.map((option) => (
                  <option key={option.code} value={option.code}>
                    {catalogueName(option)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {measure === 'kpi' && (
            <Field
              label={t('plans.goalForm.maxShare')}
              error={violationFor(writes.addGoal.error, 'indicator.maxShare')}
            >
              {(control) => (
                <input
                  {...control}
                  className="input-short"
                  inputMode="decimal"
                  value={maxShare}
                  onChange={(e) => setMaxShare(e.target.value)}
                />
              )}
            </Field>
          )}
        </>
      )}
      <SubmitButton pending={writes.addGoal.isPending} label={t('plans.goalForm.submit')} />
    </form>
  );
}

function ActivityForm({ plan, strategy }: { plan: ActionPlan; strategy: Strategy }) {
  const { t } = useTranslation();
  const recruitment = useRecruitmentStrategyList();
  const writes = usePlanWrites(plan.id);
  const form = useRef<HTMLFormElement>(null);
  const empty: PlanActivityRequest = {
    title: '',
    status: 'planned',
    strategyActions: [],
    strategyGoals: [],
    recruitmentStrategies: [],
  };
  const [activity, setActivity] = useState<PlanActivityRequest>(empty);
  const [errors, setErrors] = useState<{ title?: string }>({});
  useFocusFirstInvalid(form, errors);
  const set = (change: Partial<PlanActivityRequest>) => setActivity((current) => ({ ...current, ...change }));
  const toggle = <T,>(list: T[] | undefined, value: T, on: boolean) =>
    on ? [...(list ?? []), value] : (list ?? []).filter((item) => item !== value);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!activity.title.trim()) {
      setErrors({ title: t('costs.form.required') });
      return;
    }
    setErrors({});
    const body = Object.fromEntries(
      Object.entries(activity).filter(([, value]) => value !== '' && value !== undefined),
    ) as PlanActivityRequest;
    writes.addActivity.mutate(body, { onSuccess: () => setActivity(empty) });
  };

  return (
    <form ref={form} className="form" onSubmit={submit} noValidate aria-labelledby="activity-form-heading">
      <h2 id="activity-form-heading">{t('plans.activityForm.heading')}</h2>
      {writes.addActivity.isError && (
        <ErrorAlert
          error={writes.addActivity.error}
          shownAtFields={['title', 'dueDate', 'strategyActions', 'recruitmentStrategies']}
        />
      )}
      <Field
        label={t('plans.activityForm.title')}
        error={errors.title ?? violationFor(writes.addActivity.error, 'title')}
      >
        {(control) => (
          <input {...control} value={activity.title} onChange={(e) => set({ title: e.target.value })} />
        )}
      </Field>
      <Field label={t('plans.activityForm.goal')}>
        {(control) => (
          <select
            {...control}
            value={activity.goalId ?? ''}
            onChange={(e) => set({ goalId: e.target.value })}
          >
            <option value="">{t('plans.activityForm.noGoal')}</option>
            {plan.goals.map((goal) => (
              <option key={goal.id} value={goal.id}>
                {goal.title}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('plans.activityForm.owner')}>
        {(control) => (
          <input {...control} value={activity.owner ?? ''} onChange={(e) => set({ owner: e.target.value })} />
        )}
      </Field>
      <Field label={t('plans.activityForm.startDate')}>
        {(control) => (
          <input
            {...control}
            type="date"
            value={activity.startDate ?? ''}
            onChange={(e) => set({ startDate: e.target.value })}
          />
        )}
      </Field>
      <Field
        label={t('plans.activityForm.dueDate')}
        error={violationFor(writes.addActivity.error, 'dueDate')}
      >
        {(control) => (
          <input
            {...control}
            type="date"
            value={activity.dueDate ?? ''}
            onChange={(e) => set({ dueDate: e.target.value })}
          />
        )}
      </Field>
      <Field label={t('plans.activityForm.progress')}>
        {(control) => (
          <select
            {...control}
            value={activity.status}
            onChange={(e) => set({ status: e.target.value as PlanActivityRequest['status'] })}
          >
            {progressValues.map((value) => (
              <option key={value} value={value}>
                {t(`plans.progress.${value}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset>
        <legend>{t('plans.activityForm.actions')}</legend>
        <ul className="checkbox-list">
          {strategy.goals.flatMap((goal) =>
            goal.actions.length > 0
              ? goal.actions.map((action) => (
                  <CheckboxItem
                    key={`a${action.number}`}
                    label={
                      <>
                        {action.number}. <span lang="sv">{action.title}</span>
                      </>
                    }
                    checked={activity.strategyActions?.includes(action.number) ?? false}
                    onChange={(on) =>
                      set({ strategyActions: toggle(activity.strategyActions, action.number, on) })
                    }
                  />
                ))
              : [
                  <CheckboxItem
                    key={`g${goal.number}`}
                    label={
                      <>
                        {t('strategy.goalNumber', { number: goal.number })}{' '}
                        <span lang="sv">{goal.title}</span>
                      </>
                    }
                    checked={activity.strategyGoals?.includes(goal.number) ?? false}
                    onChange={(on) => set({ strategyGoals: toggle(activity.strategyGoals, goal.number, on) })}
                  />,
                ],
          )}
        </ul>
      </fieldset>
      <fieldset>
        <legend>{t('plans.activityForm.recruitment')}</legend>
        <ul className="checkbox-list">
          {recruitment.data?.items.map((item) => (
            <CheckboxItem
              key={item.code}
              label={<span lang="sv">{item.nameSv}</span>}
              checked={activity.recruitmentStrategies?.includes(item.code) ?? false}
              onChange={(on) =>
                set({ recruitmentStrategies: toggle(activity.recruitmentStrategies, item.code, on) })
              }
            />
          ))}
        </ul>
      </fieldset>
      <SubmitButton pending={writes.addActivity.isPending} label={t('plans.activityForm.submit')} />
    </form>
  );
}

/** One choice of a checkbox list. */
function CheckboxItem({
  label,
  checked,
  onChange,
}: {
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <li>
      <label>
        <input type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />{' '}
        {label}
      </label>
    </li>
  );
}
