import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { Field } from '@/components/ui/field';
import { Loading } from '@/components/ui/loading';
import { formatDate } from '@/utils/format';
import { useDocumentTitle } from '@/utils/use-document-title';
import {
  type StrategyLevel,
  type StrategyMeasure,
  useRecruitmentStrategyList,
  useStrategy,
} from '../api/strategy-api';
import '../strategy.css';

const levels: StrategyLevel[] = ['national', 'regional', 'local'];

/**
 * The national strategy as its text has it: goals, numbered actions and their measures per level (what SKL shall do,
 * what the regional and local levels can do), with a filter for one level; and the nine recruitment strategies.
 */
export function StrategyRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('strategy.title'));
  const [params, setParams] = useSearchParams();
  const level = levels.find((candidate) => candidate === params.get('level'));
  const strategy = useStrategy();
  const recruitment = useRecruitmentStrategyList();

  return (
    <>
      <h1>{t('strategy.title')}</h1>
      <p className="lead">{t('strategy.intro')}</p>
      {strategy.isPending && <Loading />}
      {strategy.isError && <ErrorAlert error={strategy.error} onRetry={() => void strategy.refetch()} />}
      {strategy.data && (
        <>
          <p className="muted">
            <cite lang="sv">{strategy.data.title}</cite>.{' '}
            {t('strategy.source', {
              publisher: strategy.data.publisher,
              published: formatDate(`${strategy.data.publishedOn}T12:00:00Z`),
              start: strategy.data.periodStart,
              end: strategy.data.periodEnd,
            })}
          </p>
          <Field className="strategy-level" label={t('strategy.level')}>
            {(control) => (
              <select
                {...control}
                value={level ?? ''}
                onChange={(event) =>
                  setParams(event.target.value ? { level: event.target.value } : {}, { replace: true })
                }
              >
                <option value="">{t('strategy.allLevels')}</option>
                {levels.map((option) => (
                  <option key={option} value={option}>
                    {t(`strategy.levelNames.${option}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {strategy.data.goals.map((goal) => (
            <section key={goal.number} className="strategy-goal" aria-labelledby={`goal-${goal.number}`}>
              <h2 id={`goal-${goal.number}`}>
                {t('strategy.goalNumber', { number: goal.number })} <span lang="sv">{goal.title}</span>
              </h2>
              {goal.description.split('\n\n').map((paragraph, index) => (
                <p key={index} lang="sv">
                  {paragraph}
                </p>
              ))}
              {goal.actions.map((action) => (
                <section
                  key={action.number}
                  className="strategy-action"
                  aria-labelledby={`action-${action.number}`}
                >
                  <h3 id={`action-${action.number}`}>
                    {action.number}. <span lang="sv">{action.title}</span>
                  </h3>
                  {action.description.split('\n\n').map((paragraph, index) => (
                    <p key={index} lang="sv">
                      {paragraph}
                    </p>
                  ))}
                  <Measures measures={action.measures} level={level} />
                </section>
              ))}
              {goal.measures.length > 0 && (
                <section className="strategy-action" aria-labelledby={`goal-${goal.number}-measures`}>
                  <h3 id={`goal-${goal.number}-measures`}>{t('strategy.goalMeasures')}</h3>
                  <Measures measures={goal.measures} level={level} />
                </section>
              )}
            </section>
          ))}
        </>
      )}
      {recruitment.data && (
        <section aria-labelledby="recruitment-heading">
          <h2 id="recruitment-heading">{t('strategy.recruitment', { version: recruitment.data.version })}</h2>
          <ol>
            {recruitment.data.items.map((item) => (
              <li key={item.code} lang="sv">
                {item.nameSv}
              </li>
            ))}
          </ol>
        </section>
      )}
    </>
  );
}

/** An action's (or goal's) measures under a heading per level, as the strategy lists them. */
function Measures({ measures, level }: { measures: StrategyMeasure[]; level: StrategyLevel | undefined }) {
  const { t } = useTranslation();
  const shown = levels.filter((candidate) => !level || candidate === level);
  return (
    <>
      {shown.map((candidate) => {
        const ofLevel = measures.filter((measure) => measure.levels.includes(candidate));
        if (ofLevel.length === 0) return level ? <p key={candidate}>{t('strategy.noMeasures')}</p> : null;
        return (
          <div key={candidate} className="strategy-measures">
            <h4>{t(`strategy.levels.${candidate}`)}</h4>
            <ul>
              {ofLevel.map((measure, index) => (
                <li key={index} lang="sv">
                  {measure.text.split('\n').map((line, lineIndex) => (
                    <span key={lineIndex} className="strategy-measure-line">
                      {line}
                    </span>
                  ))}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </>
  );
}
