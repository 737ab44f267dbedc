import { useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from '@/lib/i18n/translation';

// The parts of the page's frame that the app (app-layout) and the respondent's lean page (respondent-layout) share.
// Their texts come through translation.ts, which both pages carry.

/** The first thing a keyboard reaches: moves focus to the page's content (for certain; the address keeps no #main). */
export function SkipLink({ main }: { main: RefObject<HTMLElement | null> }) {
  const { t } = useTranslation();
  return (
    <a
      className="skip-link"
      href="#main"
      onClick={(event) => {
        event.preventDefault();
        main.current?.focus();
      }}
    >
      {t('skipLink')}
    </a>
  );
}

/**
 * The phone's menu: open or folded; it folds when `place` changes (another page of the app) and on Escape (focus
 * back on its button).
 */
export function useMenu(place = '') {
  const [open, setOpen] = useState(false);
  const [openedAt, setOpenedAt] = useState(place);
  const button = useRef<HTMLButtonElement>(null);
  if (open && openedAt !== place) {
    setOpen(false);
  }
  return {
    open,
    button,
    toggle: () => {
      setOpenedAt(place);
      setOpen((value) => !value);
    },
    closeOnEscape: (event: KeyboardEvent) => {
      if (event.key === 'Escape' && open) {
        setOpen(false);
        button.current?.focus();
      }
    },
  };
}

/** On a phone the navigation, language and account fold away behind this button. */
export function MenuButton({ menu }: { menu: ReturnType<typeof useMenu> }) {
  const { t } = useTranslation();
  return (
    <button
      ref={menu.button}
      type="button"
      className="menu-button"
      aria-expanded={menu.open}
      aria-controls="site-menu"
      onClick={menu.toggle}
      onKeyDown={menu.closeOnEscape}
    >
      <span aria-hidden="true" className="menu-icon" />
      {t('nav.menu')}
    </button>
  );
}

export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer className="site-footer">
      <div className="container">
        <p>
          {t('app.name')}: {t('app.tagline')}
        </p>
        <p>{t('app.dataSource')}</p>
      </div>
    </footer>
  );
}
