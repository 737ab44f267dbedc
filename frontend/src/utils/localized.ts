import { useTranslation } from 'react-i18next';
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
