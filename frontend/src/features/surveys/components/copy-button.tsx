import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Copies a text to the clipboard and says so, in place, to screen readers too. */
export function CopyButton({ text, label, target }: { text: string; label: string; target: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button button-secondary button-small"
        onClick={() => {
          void navigator.clipboard?.writeText(text).then(() => setCopied(true));
        }}
      >
        {label} <span className="visually-hidden">{target}</span>
      </button>{' '}
      <span role="status" className="muted">
        {copied ? t('surveys.invite.copied') : ''}
      </span>
    </>
  );
}
