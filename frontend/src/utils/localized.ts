import { useTranslation } from '@/lib/i18n/translation';
import type { components } from '@/lib/api/schema';

type LocalizedText = components['schemas']['LocalizedText'];

/** The text in the reader's language: English where there is one and it is chosen, else Swedish. */
export function pickText(text: LocalizedText | undefined, language: string): string {
  if (!text) return '';
  return language.startsWith('en') && text.en ? text.en : text.sv;
}

export function useLocalized() {
  const { i18n } = useTranslation();
  return (text: LocalizedText | undefined) => pickText(text, i18n.language);
}

/** The name of a catalogue entry (profession, service area) in the reader's language. */
export function useCatalogueName() {
  const { i18n } = useTranslation();
  return (item: { nameSv: string; nameEn: string } | undefined) =>
    !item ? '' : i18n.language.startsWith('en') && item.nameEn ? item.nameEn : item.nameSv;
}

/**
 * `sv` for a text that the English interface shows in Swedish (no English was given), for its element's `lang`, so
 * a screen reader reads it with Swedish pronunciation; undefined where the text is in the interface's language.
 */
export function useTextLang() {
  const { i18n } = useTranslation();
  return (text: LocalizedText | undefined) =>
    i18n.language.startsWith('en') && text && !text.en ? 'sv' : undefined;
}

/** `sv` for a catalogue entry that the English interface shows by its Swedish name (it has no English one). */
export function useCatalogueLang() {
  const { i18n } = useTranslation();
  return (item: { nameEn: string } | undefined) =>
    i18n.language.startsWith('en') && item && !item.nameEn ? 'sv' : undefined;
}
