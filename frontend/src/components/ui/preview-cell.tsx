import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type PreviewCellProps = {
  /** The file's text could not be read as a value for this column. */
  unreadable: boolean;
  /** The cell's text as typed in the file, shown when it could not be read. */
  typed: string | undefined;
  numeric?: boolean;
  children: ReactNode;
};

/**
 * A cell of an upload's preview: the value read, or the text as typed where it could not be read, marked for the
 * eye (colour and sign) and for a screen reader (words), never a made-up 0.
 */
export function PreviewCell({ unreadable, typed, numeric, children }: PreviewCellProps) {
  const { t } = useTranslation();
  const className =
    [numeric && 'numeric', unreadable && 'cell-unreadable'].filter(Boolean).join(' ') || undefined;
  if (!unreadable) return <td className={className}>{children}</td>;
  return (
    <td className={className} data-unreadable="true">
      <span aria-hidden="true">⚠ </span>
      {typed ? typed : <span className="muted">{t('upload.emptyCell')}</span>}
      <span className="visually-hidden"> ({t('upload.unreadableCell')})</span>
    </td>
  );
}
