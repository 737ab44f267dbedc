import type { TFunction } from 'i18next';
import { applyLanguage, type Language } from './languages';
import { setTranslator } from './translation';

type Texts = { [key: string]: string | Texts };
type Values = Record<string, unknown> & { count?: number };

/**
 * A translator for a page without i18next (the respondent's): the same keys and texts, `{{value}}` filled in, and
 * i18next's plural keys (`key_one`, `key_other`) when a count is given; a key without a text shows as itself, as in
 * i18next.
 */
export function plainT(texts: object, language: Language): TFunction {
  const plurals = new Intl.PluralRules(language);
  const lookup = (key: string) =>
    key
      .split('.')
      .reduce<Texts | string | undefined>(
        (node, part) => (node && typeof node === 'object' ? node[part] : undefined),
        texts as Texts,
      );
  const t = (key: string, values: Values = {}) => {
    const plural =
      typeof values.count === 'number' ? lookup(`${key}_${plurals.select(values.count)}`) : undefined;
    const text = typeof plural === 'string' ? plural : lookup(key);
    if (typeof text !== 'string') return key;
    return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
      name in values ? String(values[name]) : whole,
    );
  };
  return t as unknown as TFunction;
}

/**
 * Shows a page in `language` with the texts `load` gives for a language, and switches on request (loading the
 * other language's texts first); marks <html lang> and remembers the choice.
 */
export async function showPlainTexts(language: Language, load: (language: Language) => Promise<object>) {
  let latest = 0;
  const show = async (shown: Language) => {
    const call = ++latest;
    const texts = await load(shown);
    // A quicker second choice wins over a slower first one.
    if (call !== latest) return;
    applyLanguage(shown);
    setTranslator({ t: plainT(texts, shown), language: shown, changeLanguage: show });
  };
  await show(language);
}
