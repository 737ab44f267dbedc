import { Field, type FieldControlProps } from '@/components/ui/field';
import { TextArea } from '@/components/ui/text-area';
import type { LocalizedText } from '../api/types';

type TextPairProps = {
  labelSv: string;
  labelEn: string;
  value: LocalizedText | undefined;
  /** Gets undefined when both languages are empty. */
  onChange: (value: LocalizedText | undefined) => void;
  error?: string;
  /** Text areas that grow with the text, at least this many lines (question texts, help); else one-line inputs. */
  rows?: number;
  disabled?: boolean;
};

/**
 * A text in Swedish (the one that counts) and, optionally, English: side by side where there is room, else one
 * under the other. Each control is marked with its text's language, so spelling and reading follow it.
 */
export function TextPair({ labelSv, labelEn, value, onChange, error, rows, disabled }: TextPairProps) {
  const change = (sv: string, en: string) => onChange(sv || en ? { sv, ...(en && { en }) } : undefined);
  const control = (
    props: FieldControlProps,
    lang: 'sv' | 'en',
    text: string,
    onText: (text: string) => void,
  ) =>
    rows ? (
      <TextArea
        {...props}
        rows={rows}
        lang={lang}
        value={text}
        disabled={disabled}
        onChange={(event) => onText(event.target.value)}
      />
    ) : (
      <input
        {...props}
        lang={lang}
        value={text}
        disabled={disabled}
        onChange={(event) => onText(event.target.value)}
      />
    );
  return (
    <div className={rows ? 'text-pair text-pair-long' : 'text-pair'}>
      <Field label={labelSv} error={error}>
        {(props) => control(props, 'sv', value?.sv ?? '', (sv) => change(sv, value?.en ?? ''))}
      </Field>
      <Field label={labelEn}>
        {(props) => control(props, 'en', value?.en ?? '', (en) => change(value?.sv ?? '', en))}
      </Field>
    </div>
  );
}
