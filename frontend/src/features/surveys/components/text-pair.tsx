import { Field } from '@/components/ui/field';
import type { LocalizedText } from '../api/types';

type TextPairProps = {
  labelSv: string;
  labelEn: string;
  value: LocalizedText | undefined;
  /** Gets undefined when both languages are empty. */
  onChange: (value: LocalizedText | undefined) => void;
  error?: string;
  multiline?: boolean;
  disabled?: boolean;
};

/** A text in Swedish (the one that counts) and, optionally, English. */
export function TextPair({ labelSv, labelEn, value, onChange, error, multiline, disabled }: TextPairProps) {
  const change = (sv: string, en: string) => onChange(sv || en ? { sv, ...(en && { en }) } : undefined);
  const Control = multiline ? 'textarea' : 'input';
  return (
    <>
      <Field label={labelSv} error={error}>
        {(control) => (
          <Control
            {...control}
            {...(multiline && { rows: 2 })}
            value={value?.sv ?? ''}
            disabled={disabled}
            onChange={(event) => change(event.target.value, value?.en ?? '')}
          />
        )}
      </Field>
      <Field label={labelEn}>
        {(control) => (
          <Control
            {...control}
            {...(multiline && { rows: 2 })}
            lang="en"
            value={value?.en ?? ''}
            disabled={disabled}
            onChange={(event) => change(value?.sv ?? '', event.target.value)}
          />
        )}
      </Field>
    </>
  );
}
