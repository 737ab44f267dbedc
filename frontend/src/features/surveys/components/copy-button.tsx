import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Copies a text to the clipboard and says so, in place, to screen readers too. */
export function CopyButton({ text, label, target }: { text: string; label: string; target: string }) {
  const { t } = useTranslation();
  const [result, setResult] = useState<'copied' | 'failed'>();
  return (
    <>
      <button
        type="button"
        className="button button-secondary button-small"
        onClick={() => {
          // No clipboard outside a secure context (https or localhost), or when the browser says no.
          const copying = navigator.clipboard?.writeText(text) ?? Promise.reject(new Error('no clipboard'));
          void copying.then(
            () => setResult('copied'),
            () => setResult('failed'),
          );
        }}
      >
        {label} <span className="visually-hidden">{target}</span>
      </button>{' '}
      <span role="status" className="muted">
        {result === 'copied'
          ? t('surveys.invite.copied')
          : result === 'failed'
            ? t('surveys.invite.copyFailed')
            : ''}
      </span>
    </>
  );
}
