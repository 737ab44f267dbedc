import { useEffect, useEffectEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '@/utils/use-debounced-value';

const debounceMs = 300;

type MunicipalitySearchProps = {
  /** The search in force (from the URL). */
  value: string;
  onSearch: (query: string) => void;
};

/** A search field that searches once typing pauses, and follows the URL when it changes. */
export function MunicipalitySearch({ value, onSearch }: MunicipalitySearchProps) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState(value);
  const debounced = useDebouncedValue(text, debounceMs);
  const lastSearched = useRef(value);
  const search = useEffectEvent((query: string) => onSearch(query));

  // The URL changed by other means (back button, a link): show its search.
  useEffect(() => {
    if (value !== lastSearched.current) {
      lastSearched.current = value;
      setText(value);
    }
  }, [value]);

  useEffect(() => {
    const query = debounced.trim();
    if (query !== lastSearched.current) {
      lastSearched.current = query;
      search(query);
    }
  }, [debounced]);

  return (
    <div className="field">
      <label htmlFor={id}>{t('municipalities.search')}</label>
      <input
        id={id}
        type="search"
        value={text}
        onChange={(event) => setText(event.target.value)}
        placeholder={t('municipalities.searchHint')}
        autoComplete="off"
        spellCheck={false}
      />
    </div>
  );
}
