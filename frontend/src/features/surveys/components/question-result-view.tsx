import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '@/utils/format';
import type { MatrixCellResult, NumberUnit, ProfessionCount, QuestionResult } from '../api/types';
import { formatWithUnit } from '../utils/number-unit';
import { useLocalized } from '@/utils/localized';
import { BarChart } from './bar-chart';
import { TableScroll } from '@/components/ui/table-scroll';

type QuestionResultViewProps = {
  result: QuestionResult;
  index: number;
  /** A number question's unit, from the questionnaire. */
  unit?: NumberUnit;
};

/** One question's results: a chart and table of options, number statistics, ranked professions, texts. */
export function QuestionResultView({ result, index, unit }: QuestionResultViewProps) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const title = localized(result.text);
  const headingId = `result-${result.questionId}`;

  return (
    <section className="surveys-question-result" aria-labelledby={headingId}>
      <h4 id={headingId}>
        {formatNumber(index)}. {title}
      </h4>
      <p className="muted">
        {t('surveys.results.answered', { count: result.answered, formatted: formatNumber(result.answered) })}
      </p>
      {result.options && result.options.length > 0 && (
        <BarChart
          title={title}
          rows={result.options.map((option) => ({
            key: option.value,
            label: localized(option.label),
            count: option.count,
            percent: option.percent,
          }))}
        />
      )}
      {result.number && (
        <TableScroll>
          <table className="data-table">
            <caption>
              {t('surveys.results.numberStats.caption', { question: title })}
              {(unit === 'persons' || unit === 'fte') &&
                ` (${t(`surveys.builder.number.units.${unit}`).toLowerCase()})`}
            </caption>
            <tbody>
              {(
                [
                  ['count', formatNumber(result.number.count)],
                  ['sum', formatWithUnit(result.number.sum, unit)],
                  ['mean', formatWithUnit(result.number.mean, unit)],
                  ['median', formatWithUnit(result.number.median, unit)],
                  ['min', formatWithUnit(result.number.min, unit)],
                  ['max', formatWithUnit(result.number.max, unit)],
                ] as const
              ).map(([key, value]) => (
                <tr key={key}>
                  <th scope="row">{t(`surveys.results.numberStats.${key}`)}</th>
                  <td className="numeric">{value}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {result.professions && <ProfessionRanking professions={result.professions} />}
      {result.matrix && <MatrixResult cells={result.matrix} />}
      {result.texts && result.type !== 'matrix' && (
        <Texts texts={result.texts} dates={result.type === 'date'} />
      )}
    </section>
  );
}

/** Professions most named first, as the report has them: "i fallande ordning". */
function ProfessionRanking({ professions }: { professions: readonly ProfessionCount[] }) {
  const { t } = useTranslation();
  if (professions.length === 0) return <p className="muted">{t('surveys.results.noProfessions')}</p>;
  return (
    <>
      <p>{t('surveys.results.professions')}</p>
      <ol>
        {professions.map((profession) => (
          <li key={profession.code}>
            {t('surveys.results.professionItem', {
              name: profession.nameSv,
              count: profession.municipalities,
              formatted: formatNumber(profession.municipalities),
              percent: formatPercent(profession.percent),
            })}
          </li>
        ))}
      </ol>
    </>
  );
}

/** Each municipality's free text (or date), with its name unless the questionnaire is anonymous. */
function Texts({ texts, dates = false }: { texts: NonNullable<QuestionResult['texts']>; dates?: boolean }) {
  const { t } = useTranslation();
  if (texts.length === 0)
    return <p className="muted">{dates ? t('surveys.results.noAnswers') : t('surveys.results.noTexts')}</p>;
  return (
    <>
      <p>{dates ? t('surveys.results.dates') : t('surveys.results.texts')}</p>
      <ul>
        {texts.map((text, index) => (
          <li key={index}>
            {text.municipalityName && <strong>{text.municipalityName}: </strong>}
            {text.text}
          </li>
        ))}
      </ul>
    </>
  );
}

/** A matrix: a section per row, in it each column's ranked professions and free texts. */
function MatrixResult({ cells }: { cells: readonly MatrixCellResult[] }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const rows: { rowId: string; label: string; cells: MatrixCellResult[] }[] = [];
  for (const cell of cells) {
    let row = rows.find((candidate) => candidate.rowId === cell.rowId);
    if (!row) {
      row = { rowId: cell.rowId, label: localized(cell.rowLabel), cells: [] };
      rows.push(row);
    }
    row.cells.push(cell);
  }
  return (
    <>
      {rows.map((row) => (
        <section key={row.rowId} className="surveys-matrix-row" aria-label={row.label}>
          <h5>{row.label}</h5>
          <div className="surveys-matrix-cells">
            {row.cells.map((cell) => (
              <div key={cell.columnId}>
                <h6>{localized(cell.columnLabel)}</h6>
                <p className="muted">
                  {t('surveys.results.matrixAnswered', {
                    count: cell.answered,
                    formatted: formatNumber(cell.answered),
                  })}
                </p>
                {cell.professions.length > 0 && <ProfessionRanking professions={cell.professions} />}
                {cell.texts.length > 0 && <Texts texts={cell.texts} />}
              </div>
            ))}
          </div>
        </section>
      ))}
    </>
  );
}
