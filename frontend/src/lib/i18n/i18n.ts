import i18n, { type BackendModule, type TFunction } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { textLoaders } from 'virtual:texts/loaders';
import { applyLanguage, isLanguage, languages, storedLanguage, type Language } from './languages';
import { featureTexts, type TextFeature } from './text-bundles';
import { setTranslator } from './translation';

export { defaultLanguage, isLanguage, languages, type Language } from './languages';

// Each language's texts come in bundles (text-bundles.ts), each a chunk of its own downloaded when first needed: the
// common texts with the first page, a feature's with the first page of that feature (loadTexts), and a language
// only once it is shown. (English is a complete `Messages`, checked by the compiler, so it needs no Swedish
// fallback.)

/** The features whose texts have been asked for: a language shown later comes with them. */
const wanted = new Set<TextFeature>();
/** The languages whose texts are in i18next. */
const loadedLanguages = new Set<Language>();

const bundleOf = async (language: Language, bundle: string) =>
  (await textLoaders[language][bundle]!()).default;

const lazyCatalogues: BackendModule = {
  type: 'backend',
  init() {},
  read(language, _namespace, callback) {
    if (!isLanguage(language)) {
      callback(new Error(`No texts in the language ${language}`), false);
      return;
    }
    const features = [...wanted];
    Promise.all(['common', ...features].map((bundle) => bundleOf(language, bundle))).then(
      (parts) => {
        loadedLanguages.add(language);
        callback(null, deepMerge({}, ...parts) as Parameters<typeof callback>[1]);
        // Features first asked for while this language was on its way.
        [...wanted]
          .filter((feature) => !features.includes(feature))
          .forEach((feature) => void addFeature(language, feature));
      },
      (error: Error) => callback(error, false),
    );
  },
};

/**
 * Fetches the texts of the features named, in every language already loaded, before a page of theirs renders (the
 * router's loaders call it alongside the page's chunk); a language loaded later brings them along.
 */
export async function loadTexts(...features: TextFeature[]): Promise<void> {
  const missing = features.filter((feature) => !wanted.has(feature) && featureTexts[feature].length > 0);
  if (missing.length === 0) return;
  missing.forEach((feature) => wanted.add(feature));
  // Fetched at once (a module is fetched once), added after the first language's common texts: those would replace
  // a group both have (surveys.nav), not merge into it.
  const shown = isLanguage(i18n.language) ? i18n.language : storedLanguage();
  missing.forEach((feature) => void bundleOf(shown, feature).catch(() => undefined));
  try {
    await i18nReady;
    await Promise.all(
      [...loadedLanguages].flatMap((language) => missing.map((feature) => addFeature(language, feature))),
    );
  } catch (error) {
    // Not there (the network, say): asked for again the next time a page of the feature is opened.
    missing.forEach((feature) => wanted.delete(feature));
    throw error;
  }
}

async function addFeature(language: Language, feature: TextFeature) {
  i18n.addResourceBundle(language, 'translation', await bundleOf(language, feature), true, true);
}

function deepMerge(target: Record<string, unknown>, ...sources: object[]): Record<string, unknown> {
  for (const source of sources) {
    for (const [key, value] of Object.entries(source)) {
      const existing = target[key];
      target[key] =
        value && typeof value === 'object' && existing && typeof existing === 'object'
          ? deepMerge({ ...(existing as object) }, value)
          : value;
    }
  }
  return target;
}

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

/** The components shared with the respondent's page read i18next through the translator (translation.ts). */
function publishTranslator() {
  setTranslator({
    t: i18n.t.bind(i18n) as TFunction,
    language: isLanguage(i18n.language) ? i18n.language : storedLanguage(),
    changeLanguage: (language) => i18n.changeLanguage(language),
  });
}

i18n.on('languageChanged', (language) => {
  applyLanguage(language);
  publishTranslator();
});
document.documentElement.lang = i18n.language;
publishTranslator();

export { i18n };
