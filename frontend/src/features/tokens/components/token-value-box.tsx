import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { components } from '@/lib/api/schema';

type ApiTokenCreated = components['schemas']['ApiTokenCreated'];

type TokenValueBoxProps = {
  created: ApiTokenCreated;
  /** The person has what they need: the value is dropped and never shown again. */
  onDone: () => void;
};

/** The one time a token's value is shown: clearly marked, with a copy button and a warning. */
export function TokenValueBox({ created, onDone }: TokenValueBoxProps) {
  const { t } = useTranslation();
  const id = useId();
  const box = useRef<HTMLElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');

  // Focus goes to the box, so a screen reader reads the warning and keyboard users start from it.
  useEffect(() => {
    box.current?.focus();
  }, []);

  const copyValue = async () => {
    try {
      await navigator.clipboard.writeText(created.value);
      setCopy('copied');
    } catch {
      // No clipboard (an insecure origin, or refused): select it, so Ctrl+C copies it.
      input.current?.select();
      setCopy('failed');
    }
  };

  return (
    <section ref={box} className="secret-box" tabIndex={-1} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('tokens.created.title', { name: created.token.name })}</h3>
      <p className="secret-warning">
        <strong>{t('tokens.created.warningStrong')}</strong> {t('tokens.created.warning')}
      </p>
      <div className="field secret-field">
        <label htmlFor={`${id}-value`}>{t('tokens.created.value')}</label>
        <input
          ref={input}
          id={`${id}-value`}
          className="secret-value"
          type="text"
          readOnly
          value={created.value}
          spellCheck={false}
          autoComplete="off"
          onFocus={(event) => event.currentTarget.select()}
        />
      </div>
      <p className="secret-usage">{t('tokens.created.usage')}</p>
      <div className="form-actions">
        <button type="button" className="button" onClick={() => void copyValue()}>
          {t('tokens.created.copy')}
        </button>
        <button type="button" className="button button-secondary" onClick={onDone}>
          {t('tokens.created.done')}
        </button>
      </div>
      <p role="status" className="status-message">
        {copy === 'copied'
          ? t('tokens.created.copied')
          : copy === 'failed'
            ? t('tokens.created.copyFailed')
            : ''}
      </p>
    </section>
  );
}
