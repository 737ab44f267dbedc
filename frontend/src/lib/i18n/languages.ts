// The interface's languages and the reader's choice of one, kept in the browser: shared by the app and the
// respondent's page (which carries no i18next), so a choice made on one holds on the other.

export const languages = ['sv', 'en'] as const;
export type Language = (typeof languages)[number];

export const defaultLanguage: Language = 'sv';
const storageKey = 'kompetenslaget.language';

export function isLanguage(value: unknown): value is Language {
  return languages.includes(value as Language);
}

/** The language the reader chose last time, else Swedish. */
export function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(storageKey);
    return isLanguage(value) ? value : defaultLanguage;
  } catch {
    return defaultLanguage;
  }
}

/** Marks the page as in the language (`<html lang>`) and remembers the choice. */
export function applyLanguage(language: string) {
  document.documentElement.lang = language;
  try {
    window.localStorage.setItem(storageKey, language);
  } catch {
    // Storage can be unavailable (private mode); the choice then lasts for this page only.
  }
}
