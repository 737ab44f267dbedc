import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { useProfessions } from '@/lib/catalogues/list-professions';
import { useServiceAreas } from '@/lib/catalogues/list-service-areas';
import { useCatalogueName } from '@/utils/localized';
import { type LearningExample, useRecruitmentStrategies } from '../api/examples-api';

/**
 * The search's headline, the found words marked. The API puts <b>…</b> around them; the text is split on those
 * tags and everything else shown as text, so nothing in an example is ever read as HTML.
 */
export function Headline({ text }: { text: string }) {
  const parts: { text: string; found: boolean }[] = [];
  let found = false;
  for (const piece of text.split(/(<b>|<\/b>)/)) {
    if (piece === '<b>') found = true;
    else if (piece === '</b>') found = false;
    else if (piece) parts.push({ text: piece, found });
  }
  return (
    <>
      {parts.map((part, index) =>
        part.found ? <mark key={index}>{part.text}</mark> : <Fragment key={index}>{part.text}</Fragment>,
      )}
    </>
  );
}

/** Names the codes of an example's tags: service areas and professions in the reader's language. */
export function useTagNames() {
  const catalogueName = useCatalogueName();
  const areas = useServiceAreas();
  const professions = useProfessions();
  const strategies = useRecruitmentStrategies();
  return {
    serviceArea: (code: string) => catalogueName(areas.data?.find((a) => a.code === code)) || code,
    profession: (code: string) => catalogueName(professions.data?.find((p) => p.code === code)) || code,
    // The strategies are named in Swedish only, as SKR wrote them.
    strategy: (code: string) => strategies.data?.items.find((s) => s.code === code)?.nameSv ?? code,
  };
}

/** An example's tags, as one list: its recruitment strategies, service areas and professions. */
export function ExampleTags({ example }: { example: LearningExample }) {
  const { t } = useTranslation();
  const names = useTagNames();
  const tags = [
    ...example.recruitmentStrategies.map((code) => names.strategy(code)),
    ...example.serviceAreas.map((code) => names.serviceArea(code)),
    ...example.professions.map((code) => names.profession(code)),
  ];
  if (tags.length === 0) return null;
  return (
    <ul className="example-tags" aria-label={t('examples.tags')}>
      {tags.map((tag, index) => (
        <li key={index}>{tag}</li>
      ))}
    </ul>
  );
}

/** The text in paragraphs, as written: an empty line between paragraphs, single line breaks kept. */
export function Paragraphs({ text }: { text: string }) {
  const paragraphs = text
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  return (
    <>
      {paragraphs.map((paragraph, index) => (
        <p key={index}>
          {paragraph.split(/\r?\n/).map((line, lineIndex) => (
            <Fragment key={lineIndex}>
              {lineIndex > 0 && <br />}
              {line}
            </Fragment>
          ))}
        </p>
      ))}
    </>
  );
}
