import { useTranslation } from 'react-i18next';

/** A form's submit button, disabled and relabelled while the request is under way. */
export function SubmitButton({
  pending,
  label,
  pendingLabel,
}: {
  pending: boolean;
  label: string;
  pendingLabel?: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="form-actions">
      <button type="submit" className="button" disabled={pending}>
        {pending ? (pendingLabel ?? t('common.saving')) : label}
      </button>
    </div>
  );
}
