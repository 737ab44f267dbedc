import { Field } from '@/components/ui/field';

type IdFieldProps = { label: string; value: string; onChange: (id: string) => void };

/** The short id of an option, matrix row or column: what the API and the exports name it by. */
export function IdField({ label, value, onChange }: IdFieldProps) {
  return (
    <Field label={label}>
      {(control) => (
        <input
          {...control}
          className="input-short"
          value={value}
          spellCheck={false}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}
