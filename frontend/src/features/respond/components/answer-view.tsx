import { useTranslation } from '@/lib/i18n/translation';
import { formatDate } from '@/utils/format';
import { useCatalogueName, useLocalized, useTextLang } from '@/utils/localized';
import type { MatrixAnswer, MatrixCell, Profession, Question, ServiceArea } from '../api/types';
import { formatAnswerNumber, isEmpty, isEmptyCell } from '../utils/answers';
import { useRowLabel } from './matrix-field';
import { TableScroll } from '@/components/ui/table-scroll';

type AnswerViewProps = {
  question: Question;
  value: unknown;
  professions: Profession[];
  serviceAreas: ServiceArea[];
};

/** A given answer as text, for read-only views (a submitted response, an administrator's look at one). */
export function AnswerView({ question, value, professions, serviceAreas }: AnswerViewProps) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const langOf = useTextLang();
  const catalogueName = useCatalogueName();
  const rowLabel = useRowLabel(serviceAreas);
  const professionName = (code: string) => catalogueName(professions.find((p) => p.code === code)) || code;
  const optionLabel = (v: unknown) =>
    localized(question.options?.find((option) => option.value === v)?.label) || String(v);

  if (isEmpty(value)) return <p className="muted">{t('respond.notAnswered')}</p>;
  switch (question.type) {
    case 'single_choice':
      return <p>{optionLabel(value)}</p>;
    case 'multiple_choice':
      return (
        <ul className="plain-list">
          {(value as unknown[]).map((v) => (
            <li key={String(v)}>{optionLabel(v)}</li>
          ))}
        </ul>
      );
    case 'yes_no':
      return <p>{t(value ? 'respond.yes' : 'respond.no')}</p>;
    case 'number': {
      const unit = question.number?.unit ?? 'none';
      return (
        <p>
          {formatAnswerNumber(value as number)}
          {unit !== 'none' && ` ${t(`respond.units.${unit}`)}`}
        </p>
      );
    }
    case 'date':
      return <p>{formatDate(`${String(value)}T12:00:00Z`)}</p>;
    case 'profession':
      return (
        <ul className="plain-list">
          {(value as string[]).map((code) => (
            <li key={code}>{professionName(code)}</li>
          ))}
        </ul>
      );
    case 'matrix': {
      const matrix = question.matrix;
      const answer = value as MatrixAnswer;
      if (!matrix) return null;
      const rows = [
        ...matrix.rows.map((row) => ({ label: rowLabel(row), cells: answer.rows?.[row.id] ?? {} })),
        ...(answer.other ?? []).map((row) => ({ label: row.label, cells: row.cells ?? {} })),
      ].filter((row) => Object.values(row.cells).some((cell) => !isEmptyCell(cell)));
      const cellText = (cell: MatrixCell | undefined) =>
        [...(cell?.professions ?? []).map(professionName), cell?.text?.trim()].filter(Boolean).join(', ');
      return (
        // A wide matrix scrolls sideways in its own region, named by the caption, that the keyboard can reach and
        // scroll; the page never does. The caption repeats the question's text for those who meet the table alone.
        <TableScroll>
          <table className="data-table matrix-answers">
            <caption className="visually-hidden" lang={langOf(question.text)}>
              {localized(question.text)}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('respond.matrix.area')}</th>
                {matrix.columns.map((column) => (
                  <th key={column.id} scope="col">
                    {localized(column.label)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => (
                <tr key={index}>
                  <th scope="row">{row.label}</th>
                  {matrix.columns.map((column) => (
                    <td key={column.id}>{cellText(row.cells[column.id]) || '–'}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      );
    }
    default:
      return <p className="preserve-lines">{String(value)}</p>;
  }
}
