import svTexts from 'virtual:texts/sv/respondent';
import type { Language } from '@/lib/i18n/languages';

/**
 * The respondent's page's texts (the `respondent` bundle of text-bundles.ts): Swedish, the language most
 * respondents read, comes with the page; English is fetched when it is first chosen.
 */
export function respondentTexts(language: Language): Promise<object> {
  return language === 'sv'
    ? Promise.resolve(svTexts)
    : import('virtual:texts/en/respondent').then((module) => module.default);
}
