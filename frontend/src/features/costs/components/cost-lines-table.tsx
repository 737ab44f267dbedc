import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/error-alert';
import { Loading } from '@/components/ui/loading';
import { useProfessions } from '@/lib/catalogues/list-professions';
import { useServiceAreas } from '@/lib/catalogues/list-service-areas';
import { formatDateTime, formatNumber, formatPercent } from '@/utils/format';
import { useCatalogueName } from '@/utils/localized';
import { type ReportedCostLine, useCostLineHistory, useCostLines } from '../api/costs-api';
import { formatSek } from '../utils/format-sek';
import { TableScroll } from '@/components/ui/table-scroll';

const period = (line: ReportedCostLine) =>
  line.month ? `${line.year}-${String(line.month).padStart(2, '0')}` : String(line.year);

/**
 * The municipality's reported cost lines of a year, page by page, each with where it came from; a line's history
 * (every version, the current first) on request.
 */
export function CostLinesTable({ municipalityCode, year }: { municipalityCode: string; year: number }) {
  const { t } = useTranslation();
  const catalogueName = useCatalogueName();
  const areas = useServiceAreas();
  const professions = useProfessions();
  const [page, setPage] = useState(1);
  const [shownYear, setShownYear] = useState(year);
  const [chosen, setChosen] = useState<ReportedCostLine>();
  const historyRef = useRef<HTMLHeadingElement>(null);
  // A new year starts at its first page, with no line's history open.
  if (shownYear !== year) {
    setShownYear(year);
    setPage(1);
    setChosen(undefined);
  }
  const lines = useCostLines(municipalityCode, year, page);
  const history = useCostLineHistory(municipalityCode, chosen?.id);

  const areaName = (code: string) => catalogueName(areas.data?.find((area) => area.code === code)) || code;
  const professionName = (code: string | undefined) =>
    code
      ? catalogueName(professions.data?.find((profession) => profession.code === code)) || code
      : t('costs.lines.allProfessions');
  const source = (line: ReportedCostLine) =>
    t('costs.lines.sourceValue', {
      source: t(`costs.lines.sources.${line.provenance.source}`),
      revision: line.provenance.revision,
    });

  if (lines.isError) return <ErrorAlert error={lines.error} onRetry={() => void lines.refetch()} />;
  if (!lines.data) return <Loading />;
  const caption = t('costs.lines.caption', { year });
  return (
    <section aria-labelledby="costs-lines-heading">
      <h3 id="costs-lines-heading">{t('costs.lines.heading', { year })}</h3>
      {lines.data.totalItems === 0 ? (
        <p className="muted">{t('costs.lines.none', { year })}</p>
      ) : (
        <>
          <TableScroll label={caption}>
            <table className="data-table">
              <caption>{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('costs.lines.period')}</th>
                  <th scope="col">{t('costs.lines.area')}</th>
                  <th scope="col">{t('costs.lines.profession')}</th>
                  <th scope="col">{t('costs.lines.hired')}</th>
                  <th scope="col">{t('costs.lines.own')}</th>
                  <th scope="col">{t('costs.lines.share')}</th>
                  <th scope="col">{t('costs.lines.source')}</th>
                  <th scope="col">{t('costs.lines.reported')}</th>
                  <th scope="col">{t('costs.lines.history')}</th>
                </tr>
              </thead>
              <tbody>
                {lines.data.items.map((line) => (
                  <tr key={line.id}>
                    <th scope="row">{period(line)}</th>
                    <td>{areaName(line.serviceArea)}</td>
                    <td>{professionName(line.profession)}</td>
                    <td className="numeric">{formatSek(line.hiredCost)}</td>
                    <td className="numeric">{formatSek(line.ownCost)}</td>
                    <td className="numeric">
                      {line.share === undefined ? '–' : formatPercent(line.share, 2)}
                    </td>
                    <td>{source(line)}</td>
                    <td>
                      {formatDateTime(line.provenance.reportedAt)}, {line.provenance.reportedBy}
                    </td>
                    <td>
                      <button
                        type="button"
                        className="button button-secondary button-small"
                        aria-label={t('costs.lines.showHistory', {
                          period: period(line),
                          area: areaName(line.serviceArea),
                        })}
                        aria-pressed={chosen?.id === line.id}
                        onClick={() => {
                          setChosen(chosen?.id === line.id ? undefined : line);
                          requestAnimationFrame(() => historyRef.current?.focus());
                        }}
                      >
                        {t('costs.lines.history')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          {lines.data.totalPages > 1 && (
            <nav className="pagination" aria-label={t('pagination.label')}>
              <button
                type="button"
                className="button button-secondary button-small"
                disabled={page <= 1}
                onClick={() => setPage(page - 1)}
              >
                ← {t('pagination.previous')}
              </button>
              <span className="pagination-status" aria-live="polite">
                {t('pagination.pageOf', {
                  page: formatNumber(page),
                  total: formatNumber(lines.data.totalPages),
                })}
              </span>
              <button
                type="button"
                className="button button-secondary button-small"
                disabled={page >= lines.data.totalPages}
                onClick={() => setPage(page + 1)}
              >
                {t('pagination.next')} →
              </button>
            </nav>
          )}
        </>
      )}
      {chosen && (
        <div className="costs-history">
          <h4 ref={historyRef} tabIndex={-1}>
            {t('costs.lines.historyCaption', { period: period(chosen), area: areaName(chosen.serviceArea) })}
          </h4>
          {history.isError && <ErrorAlert error={history.error} onRetry={() => void history.refetch()} />}
          {history.isPending && <Loading />}
          {history.data && (
            <TableScroll>
              <table className="data-table">
                <caption className="visually-hidden">
                  {t('costs.lines.historyCaption', {
                    period: period(chosen),
                    area: areaName(chosen.serviceArea),
                  })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('costs.lines.version')}</th>
                    <th scope="col">{t('costs.lines.hired')}</th>
                    <th scope="col">{t('costs.lines.own')}</th>
                    <th scope="col">{t('costs.lines.share')}</th>
                    <th scope="col">{t('costs.lines.source')}</th>
                    <th scope="col">{t('costs.lines.reported')}</th>
                  </tr>
                </thead>
                <tbody>
                  {history.data.versions.map((version) => (
                    <tr key={version.provenance.revision}>
                      <th scope="row">{version.provenance.revision}</th>
                      <td className="numeric">{formatSek(version.hiredCost)}</td>
                      <td className="numeric">{formatSek(version.ownCost)}</td>
                      <td className="numeric">
                        {version.share === undefined ? '–' : formatPercent(version.share, 2)}
                      </td>
                      <td>{t(`costs.lines.sources.${version.provenance.source}`)}</td>
                      <td>
                        {formatDateTime(version.provenance.reportedAt)}, {version.provenance.reportedBy}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
        </div>
      )}
    </section>
  );
}
