import { createContext, useContext } from 'react';
import { useTranslation } from '@/lib/i18n/translation';
import { ApiError } from '@/lib/api/api-error';

type ErrorAlertProps = {
  error: unknown;
  /** Offered only where asking again may help: not for a request the API refused as invalid or unknown. */
  onRetry?: () => void;
  /** Fields whose violations the form shows next to them; they are not repeated here. */
  shownAtFields?: readonly string[];
  /** For a 412 (someone else changed it first): loads the current version; by default every query is fetched anew. */
  onReload?: () => void;
};

/**
 * What "load the current version" does after a 412 where the page does not say: the app fetches every query anew
 * (AppProvider gives it); without one (the respondent's page, which has no TanStack Query) the page is reloaded.
 */
export const ReloadAllContext = createContext<(() => void) | undefined>(undefined);

/** Shows what went wrong: the problem details from the API when there are any. */
export function ErrorAlert({ error, onRetry, shownAtFields = [], onReload }: ErrorAlertProps) {
  const { t } = useTranslation();
  const reloadAll = useContext(ReloadAllContext);
  const problem = error instanceof ApiError ? error : undefined;
  if (problem?.status === 412 || problem?.status === 428) {
    // A write built on a version someone else has changed since: say so, and offer the current version.
    const reload = onReload ?? reloadAll ?? (() => window.location.reload());
    return (
      <div role="alert" className="alert alert-error">
        <p className="alert-title">{t('errors.conflictTitle')}</p>
        <p>{t('errors.conflict')}</p>
        {problem.changed.length > 0 && (
          <p>{t('errors.conflictChanged', { fields: problem.changed.join(', ') })}</p>
        )}
        <button type="button" className="button" onClick={reload}>
          {t('errors.reload')}
        </button>
      </div>
    );
  }
  const retryable = !problem || problem.status >= 500;
  const violations = (problem?.violations ?? []).filter(
    (violation) =>
      !shownAtFields.some((field) => violation.field === field || violation.field.endsWith(`.${field}`)),
  );
  // 401, 403 and 429 get a title in the reader's language; the API's detail says what exactly was refused.
  const title =
    problem?.status === 401
      ? t('errors.unauthorized')
      : problem?.status === 403
        ? t('errors.forbidden')
        : problem?.status === 429
          ? t('errors.tooManyRequests')
          : (problem?.title ?? t('errors.title'));

  return (
    <div role="alert" className="alert alert-error">
      <p className="alert-title">{title}</p>
      {problem?.detail ? (
        <p>{problem.detail}</p>
      ) : (
        !problem?.violations.length && <p>{t('errors.generic')}</p>
      )}
      {violations.length > 0 && (
        <ul>
          {violations.map((violation, index) => (
            <li key={index}>
              {violation.field && (
                <>
                  <code>{violation.field}</code>:{' '}
                </>
              )}
              {violation.message}
            </li>
          ))}
        </ul>
      )}
      {onRetry && retryable && (
        <button type="button" className="button" onClick={onRetry}>
          {t('errors.retry')}
        </button>
      )}
    </div>
  );
}
