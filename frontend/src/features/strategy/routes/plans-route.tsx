import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { Loading } from '@/components/ui/loading';
import { appPaths } from '@/lib/app-paths';
import { useMe } from '@/lib/auth/get-me';
import { mayWriteSomePlans } from '@/lib/auth/permissions';
import { formatDate } from '@/utils/format';
import { useDocumentTitle } from '@/utils/use-document-title';
import { type ActionPlanSummary, type PlanFilter, usePlans } from '../api/strategy-api';
import '../strategy.css';
import { TableScroll } from '@/components/ui/table-scroll';

const day = (date: string) => formatDate(`${date}T12:00:00Z`);

/** The status board of plans: each plan with how many of its goals and activities are on track, at risk, late, done. */
export function PlansRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('plans.title'));
  const me = useMe();
  const [params] = useSearchParams();
  // An editor sees their municipality's plans first; "all" shows every plan.
  const editorOf = me.data?.grants.find((grant) => grant.role === 'municipality_editor')?.municipalityCode;
  const coordinatorOf = me.data?.grants.find((grant) => grant.role === 'county_coordinator')?.countyCode;
  const showAll = params.get('all') === '1' || (!editorOf && !coordinatorOf);
  const filter: PlanFilter = showAll ? {} : editorOf ? { municipality: editorOf } : { county: coordinatorOf };
  const plans = usePlans(filter);
  const counts = (figures: ActionPlanSummary['goals']) => t('plans.counts', figures);

  return (
    <>
      <h1>{t('plans.title')}</h1>
      <p className="lead">{t('plans.intro')}</p>
      <p>{t('plans.rule')}</p>
      {mayWriteSomePlans(me.data) && (
        <p>
          <Link className="button" to={appPaths.newPlan}>
            {t('plans.new')}
          </Link>
        </p>
      )}
      {(editorOf || coordinatorOf) && (
        <p>
          <Link to={showAll ? appPaths.plans : `${appPaths.plans}?all=1`}>
            {showAll ? t('plans.mine') : t('plans.all')}
          </Link>
        </p>
      )}
      {plans.isPending && <Loading />}
      {plans.isError && <ErrorAlert error={plans.error} onRetry={() => void plans.refetch()} />}
      {plans.data && plans.data.length === 0 && <p className="muted">{t('plans.none')}</p>}
      {plans.data && plans.data.length > 0 && (
        <TableScroll label={t('plans.caption')}>
          <table className="data-table">
            <caption>{t('plans.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('plans.columns.title')}</th>
                <th scope="col">{t('plans.columns.owner')}</th>
                <th scope="col">{t('plans.columns.period')}</th>
                <th scope="col">{t('plans.columns.goals')}</th>
                <th scope="col">{t('plans.columns.activities')}</th>
              </tr>
            </thead>
            <tbody>
              {plans.data.map((plan) => (
                <tr key={plan.id}>
                  <th scope="row">
                    <Link to={appPaths.plan(plan.id)}>{plan.title}</Link>
                  </th>
                  <td>{plan.ownerName}</td>
                  <td>
                    {day(plan.periodStart)} – {day(plan.periodEnd)}
                  </td>
                  <td>{counts(plan.goals)}</td>
                  <td>{counts(plan.activities)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}
