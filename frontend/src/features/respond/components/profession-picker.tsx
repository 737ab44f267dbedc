import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from '@/lib/i18n/translation';
import { useCatalogueLang, useCatalogueName } from '@/utils/localized';
import type { Profession } from '../api/types';

type ProfessionPickerProps = {
  /** What the picker is for, e.g. "Brist – Barn och unga"; names the list and the choice. */
  label: string;
  value: string[];
  onChange: (codes: string[]) => void;
  professions: Profession[];
  /** One profession only (a single pick replaces the one chosen). */
  single?: boolean;
  describedBy?: string;
  invalid?: boolean;
};

/** Lower case without diacritics, so "sjukskot" finds "Sjuksköterska" and "lakare" "Läkare". */
const fold = (text: string) =>
  text
    .toLocaleLowerCase('sv-SE')
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .trim();

/**
 * Chosen professions as a list with a remove button each, and a combobox (WAI-ARIA 1.2, list autocomplete)
 * that adds a profession the moment it is picked: by Enter, by click, by Tab on the highlighted option, or
 * by leaving the field with a profession's full name typed. Nothing picked waits on a separate "add" step,
 * so nothing picked can be lost; focus stays in the picker and each change is announced politely.
 */
export function ProfessionPicker({
  label,
  value,
  onChange,
  professions,
  single,
  describedBy,
  invalid,
}: ProfessionPickerProps) {
  const { t } = useTranslation();
  const catalogueName = useCatalogueName();
  const langOf = useCatalogueLang();
  const id = useId();
  const inputId = `${id}-input`;
  const listId = `${id}-list`;
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [announcement, setAnnouncement] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const chipsRef = useRef<HTMLUListElement>(null);

  const nameOf = (code: string) => {
    const profession = professions.find((p) => p.code === code);
    return profession ? catalogueName(profession) : code;
  };
  const query = fold(text);
  const options = professions.filter(
    (p) => !value.includes(p.code) && (query === '' || fold(catalogueName(p)).includes(query)),
  );
  const activeOption = open && active >= 0 ? options[active] : undefined;
  const optionId = (code: string) => `${id}-option-${code}`;

  const announce = (message: string) =>
    // A changed text is what a live region announces; the same message twice in a row must change too.
    setAnnouncement((previous) => (previous === message ? `${message}\u00a0` : message));

  const add = (profession: Profession) => {
    onChange(single ? [profession.code] : [...value, profession.code]);
    announce(t('respond.professions.added', { name: catalogueName(profession) }));
    setText('');
    setOpen(false);
    setActive(-1);
  };

  const remove = (code: string, index: number) => {
    onChange(value.filter((c) => c !== code));
    announce(t('respond.professions.removed', { name: nameOf(code) }));
    // Focus to the chip that takes this one's place, else the one before, else the combobox.
    requestAnimationFrame(() => {
      const buttons = chipsRef.current?.querySelectorAll<HTMLButtonElement>('button') ?? [];
      const next = buttons[Math.min(index, buttons.length - 1)];
      (next ?? inputRef.current)?.focus();
    });
  };

  const exactMatch = () =>
    query === '' ? undefined : options.find((profession) => fold(catalogueName(profession)) === query);

  const move = (delta: number) => {
    if (options.length === 0) return;
    if (!open) {
      setOpen(true);
      setActive(delta > 0 ? 0 : options.length - 1);
      return;
    }
    setActive((current) => {
      const next = current < 0 ? (delta > 0 ? 0 : options.length - 1) : current + delta;
      const wrapped = (next + options.length) % options.length;
      document.getElementById(optionId(options[wrapped]!.code))?.scrollIntoView?.({ block: 'nearest' });
      return wrapped;
    });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (event.altKey) setOpen(true);
        else move(1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (event.altKey) setOpen(false);
        else move(-1);
        break;
      case 'Enter': {
        // Enter never submits the form from here: it picks, or does nothing.
        event.preventDefault();
        const picked =
          activeOption ?? exactMatch() ?? (open && options.length === 1 ? options[0] : undefined);
        if (picked) add(picked);
        break;
      }
      case 'Escape':
        if (open) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (text !== '') {
          event.preventDefault();
          setText('');
        }
        break;
      case 'Tab': {
        // Leaving with an option highlighted or a full name typed takes it along.
        const picked = activeOption ?? exactMatch();
        if (picked) add(picked);
        else setOpen(false);
        break;
      }
      default:
        break;
    }
  };

  const onBlur = () => {
    const picked = exactMatch();
    if (picked) add(picked);
    setOpen(false);
    setActive(-1);
  };

  const placeholder = t(single ? 'respond.professions.pickOne' : 'respond.professions.pick');
  return (
    <div className="profession-picker">
      {value.length > 0 ? (
        <ul ref={chipsRef} className="chip-list" aria-label={t('respond.professions.chosen', { label })}>
          {value.map((code, index) => (
            <li key={code} className="chip">
              <span lang={langOf(professions.find((p) => p.code === code))}>{nameOf(code)}</span>
              <button
                type="button"
                className="chip-remove"
                onClick={() => remove(code, index)}
                aria-label={t('respond.professions.remove', { name: nameOf(code), label })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted picker-empty">{t('respond.professions.none')}</p>
      )}
      <div className="picker-add">
        <label htmlFor={inputId} className="visually-hidden">
          {t('respond.professions.addLabel', { label })}
        </label>
        <input
          ref={inputRef}
          id={inputId}
          type="text"
          role="combobox"
          className="picker-input"
          autoComplete="off"
          spellCheck={false}
          placeholder={placeholder}
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={activeOption ? optionId(activeOption.code) : undefined}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onClick={() => setOpen((current) => !current)}
          onKeyDown={onKeyDown}
          onBlur={onBlur}
        />
        <ul
          id={listId}
          role="listbox"
          className="picker-list"
          aria-label={t('respond.professions.options', { label })}
          hidden={!open}
        >
          {open &&
            options.map((profession, index) => (
              <li
                key={profession.code}
                id={optionId(profession.code)}
                role="option"
                aria-selected={index === active}
                lang={langOf(profession)}
                className={index === active ? 'picker-option picker-option-active' : 'picker-option'}
                // The input keeps focus while the pointer picks.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => add(profession)}
              >
                {catalogueName(profession)}
              </li>
            ))}
          {open && options.length === 0 && (
            <li
              className="picker-option picker-no-match"
              role="option"
              aria-disabled="true"
              aria-selected={false}
            >
              {t('respond.professions.noMatch')}
            </li>
          )}
        </ul>
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
