import { useSyncExternalStore } from 'react';
import type { TFunction } from 'i18next';
import type { Language } from './languages';

/**
 * What components read their texts through. The app backs it with i18next (i18n.ts); the respondent's page, which
 * carries no i18next, with a few lines of its own (plain-translator.ts). Components that both show (the
 * questionnaire, the error alert, the language switch…) use this `useTranslation`; the rest of the app may use
 * react-i18next's, which reads the same texts.
 */
export type Translator = {
  /** A text by its key, in the language shown, with its {{values}} filled in. */
  t: TFunction;
  /** The language shown. */
  language: Language;
  /** Shows the interface in another language once that language's texts have arrived. */
  changeLanguage: (language: Language) => Promise<unknown>;
};

let current: Translator | undefined;
const listeners = new Set<() => void>();

/** Puts a translator in place (again after each change of language: a new object, so components render anew). */
export function setTranslator(translator: Translator) {
  current = translator;
  listeners.forEach((listener) => listener());
}

/** The language shown, before anything renders too (e.g. for a request's Accept-Language). */
export function currentLanguage(): Language | undefined {
  return current?.language;
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};
const snapshot = () => current;

/** The texts in the language shown; a component using it renders anew when the language changes. */
export function useTranslation(): { t: TFunction; i18n: Translator } {
  const translator = useSyncExternalStore(subscribe, snapshot, snapshot);
  if (!translator) throw new Error('No translator: a page renders once its texts have arrived.');
  return { t: translator.t, i18n: translator };
}
