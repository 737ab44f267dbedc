import i18n, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';

export const languages = ['sv', 'en'] as const;
export type Language = (typeof languages)[number];

export const defaultLanguage: Language = 'sv';
const storageKey = 'kompetenslaget.language';

export function isLanguage(value: unknown): value is Language {
  return languages.includes(value as Language);
}

function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(storageKey);
    return isLanguage(value) ? value : defaultLanguage;
  } catch {
    return defaultLanguage;
  }
}

function applyLanguage(language: string) {
  document.documentElement.lang = language;
  try {
    window.localStorage.setItem(storageKey, language);
  } catch {
    // Storage can be unavailable (private mode); the choice then lasts for this page only.
  }
}

// Each language's texts are a chunk of their own, downloaded when the language is first shown: a page carries one
// language, not both. (English is a complete `Messages`, checked by the compiler, so it needs no Swedish fallback.)
const catalogues: Record<Language, () => Promise<object>> = {
  sv: () => import('./locales/sv').then((module) => module.sv),
  en: () => import('./locales/en').then((module) => module.en),
};

const lazyCatalogues: BackendModule = {
  type: 'backend',
  init() {},
  read(language, _namespace, callback) {
    if (!isLanguage(language)) {
      callback(new Error(`No texts in the language ${language}`), false);
      return;
    }
    catalogues[language]().then(
      (texts) => callback(null, texts as Parameters<typeof callback>[1]),
      (error: Error) => callback(error, false),
    );
  },
};

/** Settles when the texts of the language shown first have arrived; the app renders after it. */
export const i18nReady = i18n
  .use(lazyCatalogues)
  .use(initReactI18next)
  .init({
    lng: storedLanguage(),
    fallbackLng: false,
    supportedLngs: languages,
    load: 'currentOnly',
    interpolation: { escapeValue: false },
    returnNull: false,
  });

i18n.on('languageChanged', applyLanguage);
document.documentElement.lang = i18n.language;

export { i18n };
