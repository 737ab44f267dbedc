import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

type ConfirmButtonProps = {
  /** The visible action, e.g. "Återkalla". */
  label: string;
  /** What it acts on, for screen readers where many rows have the same button, e.g. the token's name. */
  target: string;
  /** The question asked before acting. */
  question: string;
  /** The visible text of the button that acts. */
  confirmLabel: string;
  onConfirm: () => void;
  pending?: boolean;
};

/** A button that asks once more, in place, before it acts; focus goes to the answer and back. */
export function ConfirmButton({
  label,
  target,
  question,
  confirmLabel,
  onConfirm,
  pending,
}: ConfirmButtonProps) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const start = useRef<HTMLButtonElement>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (confirming) {
      confirm.current?.focus();
    } else if (returnFocus.current) {
      returnFocus.current = false;
      start.current?.focus();
    }
  }, [confirming]);

  if (!confirming) {
    return (
      <button
        ref={start}
        type="button"
        className="button button-secondary button-small"
        onClick={() => setConfirming(true)}
        disabled={pending}
      >
        {label} <span className="visually-hidden">{target}</span>
      </button>
    );
  }

  return (
    <span className="confirm" role="group" aria-label={question}>
      <span className="confirm-question">{question}</span>{' '}
      <button
        ref={confirm}
        type="button"
        className="button button-danger button-small"
        onClick={() => {
          setConfirming(false);
          onConfirm();
        }}
      >
        {confirmLabel} <span className="visually-hidden">{target}</span>
      </button>{' '}
      <button
        type="button"
        className="button button-secondary button-small"
        onClick={() => {
          returnFocus.current = true;
          setConfirming(false);
        }}
      >
        {t('common.cancel')}
      </button>
    </span>
  );
}
