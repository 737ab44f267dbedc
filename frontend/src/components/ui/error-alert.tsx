import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api/api-error';

type ErrorAlertProps = {
  error: unknown;
  /** Offered only where asking again may help: not for a request the API refused as invalid or unknown. */
  onRetry?: () => void;
};

/** Shows what went wrong: the problem details from the API when there are any. */
export function ErrorAlert({ error, onRetry }: ErrorAlertProps) {
  const { t } = useTranslation();
  const problem = error instanceof ApiError ? error : undefined;
  const retryable = !problem || problem.status >= 500;

  return (
    <div role="alert" className="alert alert-error">
      <p className="alert-title">{problem?.title ?? t('errors.title')}</p>
      {problem?.detail ? (
        <p>{problem.detail}</p>
      ) : (
        !problem?.violations.length && <p>{t('errors.generic')}</p>
      )}
      {problem && problem.violations.length > 0 && (
        <ul>
          {problem.violations.map((violation, index) => (
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
