import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PreviewCell } from '@/components/ui/preview-cell';
import { RowProblems } from '@/components/ui/row-problems';
import { useProfessions } from '@/lib/catalogues/list-professions';
import { useServiceAreas } from '@/lib/catalogues/list-service-areas';
import { ApiError } from '@/lib/api/api-error';
import { describeProblem } from '@/utils/batch-upload';
import { formatNumber } from '@/utils/format';
import { useCatalogueName } from '@/utils/localized';
import { serverRowProblems, useBatchFile } from '@/utils/use-batch-file';
import { type CostBatchResult, useReportCostLines } from '../api/costs-api';
import { costColumns, costTemplate, parseCostCsv } from '../utils/cost-csv';
import { TableScroll } from '@/components/ui/table-scroll';

const PREVIEW_ROWS = 20;

/**
 * Reporting cost lines from a file: a template to fill in, a preview of what was read, the problems of each row
 * (from reading the file, then from the server), and one upload that stores every line or none.
 */
export function CostUpload({ municipalityCode }: { municipalityCode: string }) {
  const { t } = useTranslation();
  const fileId = useId();
  const report = useReportCostLines(municipalityCode);
  const [result, setResult] = useState<CostBatchResult>();
  const problemsRef = useRef<HTMLDivElement>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);
  const serviceAreas = useServiceAreas();
  const professions = useProfessions();
  const catalogueName = useCatalogueName();
  // A code as people know it: the catalogue's name, else the code as typed.
  const areaName = (code: string) =>
    catalogueName(serviceAreas.data?.find((area) => area.code === code)) || code;
  const professionName = (code: string) =>
    catalogueName(professions.data?.find((profession) => profession.code === code)) || code;

  const { file, choose } = useBatchFile(parseCostCsv, () => {
    setResult(undefined);
    report.reset();
  });

  const upload = () => {
    if (!file) return;
    report.mutate(
      { lines: file.lines, idempotencyKey: file.idempotencyKey },
      {
        onSuccess: (stored) => {
          setResult(stored);
          requestAnimationFrame(() => doneRef.current?.focus());
        },
        onError: () => requestAnimationFrame(() => problemsRef.current?.focus()),
      },
    );
  };

  const previewCaption = file
    ? t('costs.upload.preview', {
        shown: formatNumber(Math.min(PREVIEW_ROWS, file.lines.length)),
        count: file.lines.length,
        formatted: formatNumber(file.lines.length),
      })
    : '';
  const templateHref = `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${costTemplate()}`)}`;
  const serverProblems = serverRowProblems(report.error);
  const problems = file ? [...file.problems, ...serverProblems] : [];

  return (
    <section className="costs-upload" aria-labelledby="costs-upload-heading">
      <h3 id="costs-upload-heading">{t('costs.upload.heading')}</h3>
      <p>{t('costs.upload.intro')}</p>
      <p>
        <a href={templateHref} download="kostnader-mall.csv">
          {t('costs.upload.template')}
        </a>
      </p>
      <details className="costs-columns">
        <summary>{t('costs.upload.help.summary')}</summary>
        <p>{t('costs.upload.help.intro')}</p>
        <ol>
          {costColumns.map((column) => (
            <li key={column}>
              <code>{column}</code>: {t(`costs.upload.help.${column}`)}
            </li>
          ))}
        </ol>
      </details>
      <div className="field">
        <label htmlFor={fileId}>{t('costs.upload.file')}</label>
        <input id={fileId} type="file" accept=".csv,text/csv" onChange={(event) => void choose(event)} />
      </div>

      {file && (
        <>
          <p role="status">
            {t('costs.upload.read', {
              count: file.lines.length,
              formatted: formatNumber(file.lines.length),
              name: file.name,
            })}
          </p>
          {file.lines.length > 0 && (
            <TableScroll label={previewCaption}>
              <table className="data-table">
                <caption>{previewCaption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('costs.upload.columns.row')}</th>
                    <th scope="col">{t('costs.upload.columns.period')}</th>
                    <th scope="col">{t('costs.upload.columns.area')}</th>
                    <th scope="col">{t('costs.upload.columns.profession')}</th>
                    <th scope="col">{t('costs.upload.columns.hired')}</th>
                    <th scope="col">{t('costs.upload.columns.own')}</th>
                    <th scope="col">{t('costs.upload.columns.problems')}</th>
                  </tr>
                </thead>
                <tbody>
                  {file.lines.slice(0, PREVIEW_ROWS).map((line, index) => {
                    const ofRow = problems.filter((problem) => problem.row === index + 2);
                    const typed = file.typed?.[index] ?? {};
                    const unreadable = (column: string) => ofRow.some((problem) => problem.field === column);
                    return (
                      <tr key={index}>
                        <th scope="row">{index + 2}</th>
                        <PreviewCell
                          unreadable={unreadable('year') || unreadable('month')}
                          typed={[typed.year, typed.month].filter(Boolean).join('-')}
                        >
                          {line.month ? `${line.year}-${String(line.month).padStart(2, '0')}` : line.year}
                        </PreviewCell>
                        <PreviewCell unreadable={unreadable('serviceArea')} typed={typed.serviceArea}>
                          {areaName(line.serviceArea)}
                        </PreviewCell>
                        <PreviewCell unreadable={unreadable('profession')} typed={typed.profession}>
                          {line.profession ? professionName(line.profession) : '–'}
                        </PreviewCell>
                        <PreviewCell numeric unreadable={unreadable('hiredCost')} typed={typed.hiredCost}>
                          {formatNumber(line.hiredCost)}
                        </PreviewCell>
                        <PreviewCell numeric unreadable={unreadable('ownCost')} typed={typed.ownCost}>
                          {formatNumber(line.ownCost)}
                        </PreviewCell>
                        <td>
                          {ofRow.length === 0
                            ? t('costs.upload.noProblems')
                            : ofRow.map((problem) => describeProblem(problem, t)).join('; ')}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </TableScroll>
          )}
          {problems.length > 0 && (
            <RowProblems
              ref={problemsRef}
              title={serverProblems.length > 0 ? t('costs.upload.refused') : t('costs.upload.unreadable')}
              problems={problems}
            />
          )}
          {report.isError && serverProblems.length === 0 && (
            <div role="alert" className="alert alert-error">
              <p className="alert-title">{t('costs.upload.failed')}</p>
              <p>{report.error instanceof ApiError ? report.error.detail : null}</p>
            </div>
          )}
          <p role="status" className="status-message">
            {report.isPending ? t('costs.upload.sending') : ''}
          </p>
          {/* The server checks and stores the whole file in one transaction: how long is unknown, so no percent. */}
          {report.isPending && (
            <progress className="upload-progress" aria-label={t('costs.upload.sending')} />
          )}
          {/* A refused file is sent again only once corrected, that is, chosen again. */}
          {file.problems.length === 0 && serverProblems.length === 0 && file.lines.length > 0 && !result && (
            <button type="button" className="button" onClick={upload} disabled={report.isPending}>
              {report.isPending
                ? t('costs.upload.sending')
                : t('costs.upload.send', {
                    count: file.lines.length,
                    formatted: formatNumber(file.lines.length),
                  })}
            </button>
          )}
        </>
      )}
      {result && (
        <div className="alert alert-success-plain">
          <p ref={doneRef} tabIndex={-1} role="status" className="alert-title">
            {t('costs.upload.stored', {
              created: formatNumber(result.created),
              updated: formatNumber(result.updated),
              unchanged: formatNumber(result.unchanged),
            })}
          </p>
          {result.warnings.length > 0 && (
            <ul>
              {result.warnings.map((warning) => (
                <li key={warning.index}>
                  {t('common.fileRow', { row: warning.index + 2 })}
                  {warning.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
