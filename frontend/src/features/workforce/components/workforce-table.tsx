import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/error-alert';
import { Loading } from '@/components/ui/loading';
import { useProfessions } from '@/lib/catalogues/list-professions';
import { useServiceAreas } from '@/lib/catalogues/list-service-areas';
import { formatDecimal, formatNumber, formatPercent } from '@/utils/format';
import { useCatalogueName } from '@/utils/localized';
import type { ReportedWorkforceFigure, useWorkforceFigures } from '../api/workforce-api';
import { figureColumns, type FigureColumn } from '../utils/workforce-csv';
import { TableScroll } from '@/components/ui/table-scroll';

type WorkforceTableProps = {
  year: number;
  /** The page of the year's figures, as `useWorkforceFigures` answers it. */
  figures: ReturnType<typeof useWorkforceFigures>;
  page: number;
  onPage: (page: number) => void;
};

/** A figure in Swedish numbers whatever the UI language; '–' where none was reported. */
function formatFigure(figure: ReportedWorkforceFigure, column: FigureColumn): string {
  const value = figure[column];
  if (value === undefined || value === null) return '–';
  if (column === 'sickLeavePercent') return formatPercent(value, 2);
  return column === 'fte' ? formatDecimal(value) : formatNumber(value);
}

/** The municipality's workforce figures of one year, a page at a time, each with its source and revision. */
export function WorkforceTable({ year, figures, page, onPage }: WorkforceTableProps) {
  const { t } = useTranslation();
  const catalogueName = useCatalogueName();
  const professions = useProfessions();
  const areas = useServiceAreas();

  if (figures.isError) return <ErrorAlert error={figures.error} onRetry={() => void figures.refetch()} />;
  if (figures.isPending) return <Loading />;
  const { items, totalPages } = figures.data;
  if (items.length === 0) {
    // Another year's empty page, shown while this year's loads, says nothing of this year.
    return figures.isPlaceholderData ? (
      <Loading />
    ) : (
      <p className="muted">{t('workforce.table.none', { year })}</p>
    );
  }

  const caption = t('workforce.table.caption', { year });
  const professionName = (code: string) =>
    catalogueName(professions.data?.find((profession) => profession.code === code)) || code;
  const areaName = (code: string | undefined) =>
    code ? catalogueName(areas.data?.find((area) => area.code === code)) || code : t('workforce.allAreas');

  return (
    <>
      <TableScroll label={caption}>
        <table className="data-table" aria-busy={figures.isPlaceholderData}>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('workforce.columns.profession')}</th>
              <th scope="col">{t('workforce.columns.serviceArea')}</th>
              {figureColumns.map((column) => (
                <th key={column} scope="col" className="numeric">
                  {t(`workforce.columns.${column}`)}
                </th>
              ))}
              <th scope="col">{t('workforce.columns.provenance')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((figure) => (
              <tr key={figure.id}>
                <th scope="row">{professionName(figure.profession)}</th>
                <td>{areaName(figure.serviceArea)}</td>
                {figureColumns.map((column) => (
                  <td key={column} className="numeric">
                    {formatFigure(figure, column)}
                  </td>
                ))}
                <td>
                  {t('workforce.provenance', {
                    source: t(`workforce.source.${figure.provenance.source}`),
                    revision: figure.provenance.revision,
                  })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {totalPages > 1 && (
        <nav className="pagination" aria-label={t('workforce.table.pages')}>
          {/* Kept in place and focusable at the ends (aria-disabled), so focus never falls off a button. */}
          <button
            type="button"
            className="button button-secondary"
            aria-disabled={page <= 1}
            onClick={() => page > 1 && onPage(page - 1)}
          >
            ← {t('pagination.previous')}
          </button>
          <span className="pagination-status">
            {t('pagination.pageOf', { page: formatNumber(page), total: formatNumber(totalPages) })}
          </span>
          <button
            type="button"
            className="button button-secondary"
            aria-disabled={page >= totalPages}
            onClick={() => page < totalPages && onPage(page + 1)}
          >
            {t('pagination.next')} →
          </button>
        </nav>
      )}
    </>
  );
}
