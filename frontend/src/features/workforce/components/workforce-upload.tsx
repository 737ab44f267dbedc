import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PreviewCell } from '@/components/ui/preview-cell';
import { RowProblems } from '@/components/ui/row-problems';
import { useProfessions } from '@/lib/catalogues/list-professions';
import { useServiceAreas } from '@/lib/catalogues/list-service-areas';
import { ApiError } from '@/lib/api/api-error';
import { describeProblem } from '@/utils/batch-upload';
import { formatDecimal, formatNumber, formatPercent } from '@/utils/format';
import { useCatalogueName } from '@/utils/localized';
import { serverRowProblems, useBatchFile } from '@/utils/use-batch-file';
import {
  useReportWorkforceFigures,
  type WorkforceBatchResult,
  type WorkforceFigure,
} from '../api/workforce-api';
import {
  figureColumns,
  parseWorkforceCsv,
  workforceColumns,
  workforceTemplate,
} from '../utils/workforce-csv';
import { TableScroll } from '@/components/ui/table-scroll';

const PREVIEW_ROWS = 20;

/** A figure of the preview: as read, in Swedish numbers; '–' where the file gives none. */
function previewValue(line: WorkforceFigure, column: (typeof figureColumns)[number]): string {
  const value = line[column];
  if (value === undefined) return '–';
  if (column === 'sickLeavePercent') return formatPercent(value, 2);
  return column === 'fte' ? formatDecimal(value) : formatNumber(value);
}

/**
 * Reporting workforce figures from a file: a template to fill in, a preview of what was read, the problems of each
 * row (from reading the file, then from the server), and one upload that stores every line or none.
 */
export function WorkforceUpload({ municipalityCode }: { municipalityCode: string }) {
  const { t } = useTranslation();
  const fileId = useId();
  const report = useReportWorkforceFigures(municipalityCode);
  const [result, setResult] = useState<WorkforceBatchResult>();
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

  const { file, choose } = useBatchFile(parseWorkforceCsv, () => {
    setResult(undefined);
    report.reset();
  });

  const upload = () => {
    if (!file) return;
    report.mutate(
      { lines: file.lines, idempotencyKey: file.idempotencyKey, source: 'file' },
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
    ? t('workforce.upload.preview', {
        shown: formatNumber(Math.min(PREVIEW_ROWS, file.lines.length)),
        count: file.lines.length,
        formatted: formatNumber(file.lines.length),
      })
    : '';
  const templateHref = `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${workforceTemplate()}`)}`;
  const serverProblems = serverRowProblems(report.error);
  const problems = file ? [...file.problems, ...serverProblems] : [];

  return (
    <section className="workforce-box" aria-labelledby="workforce-upload-heading">
      <h3 id="workforce-upload-heading">{t('workforce.upload.heading')}</h3>
      <p>{t('workforce.upload.intro')}</p>
      <p>
        <a href={templateHref} download="personalstatistik-mall.csv">
          {t('workforce.upload.template')}
        </a>
      </p>
      <details className="workforce-columns">
        <summary>{t('workforce.upload.help.summary')}</summary>
        <p>{t('workforce.upload.help.intro')}</p>
        <ol>
          {workforceColumns.map((column) => (
            <li key={column}>
              <code>{column}</code>: {t(`workforce.upload.help.${column}`)}
            </li>
          ))}
        </ol>
      </details>
      <div className="field">
        <label htmlFor={fileId}>{t('workforce.upload.file')}</label>
        <input id={fileId} type="file" accept=".csv,text/csv" onChange={(event) => void choose(event)} />
      </div>

      {file && (
        <>
          <p role="status">
            {t('workforce.upload.read', {
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
                    <th scope="col">{t('workforce.upload.columns.row')}</th>
                    <th scope="col">{t('workforce.upload.columns.year')}</th>
                    <th scope="col">{t('workforce.columns.profession')}</th>
                    <th scope="col">{t('workforce.columns.serviceArea')}</th>
                    {figureColumns.map((column) => (
                      <th key={column} scope="col">
                        {t(`workforce.columns.${column}`)}
                      </th>
                    ))}
                    <th scope="col">{t('workforce.upload.columns.problems')}</th>
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
                        <PreviewCell unreadable={unreadable('year')} typed={typed.year}>
                          {line.year || '–'}
                        </PreviewCell>
                        <PreviewCell unreadable={unreadable('profession')} typed={typed.profession}>
                          {line.profession ? professionName(line.profession) : '–'}
                        </PreviewCell>
                        <PreviewCell unreadable={unreadable('serviceArea')} typed={typed.serviceArea}>
                          {line.serviceArea ? areaName(line.serviceArea) : '–'}
                        </PreviewCell>
                        {figureColumns.map((column) => (
                          <PreviewCell
                            key={column}
                            numeric
                            unreadable={unreadable(column)}
                            typed={typed[column]}
                          >
                            {previewValue(line, column)}
                          </PreviewCell>
                        ))}
                        <td>
                          {ofRow.length === 0
                            ? t('workforce.upload.noProblems')
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
              title={
                serverProblems.length > 0 ? t('workforce.upload.refused') : t('workforce.upload.unreadable')
              }
              problems={problems}
            />
          )}
          {report.isError && serverProblems.length === 0 && (
            <div ref={problemsRef} tabIndex={-1} role="alert" className="alert alert-error">
              <p className="alert-title">{t('workforce.upload.failed')}</p>
              <p>{report.error instanceof ApiError ? report.error.detail : null}</p>
            </div>
          )}
          <p role="status" className="status-message">
            {report.isPending ? t('workforce.upload.sending') : ''}
          </p>
          {/* The server checks and stores the whole file in one transaction: how long is unknown, so no percent. */}
          {report.isPending && (
            <progress className="upload-progress" aria-label={t('workforce.upload.sending')} />
          )}
          {/* A refused file is sent again only once corrected, that is, chosen again. */}
          {file.problems.length === 0 && serverProblems.length === 0 && file.lines.length > 0 && !result && (
            <button type="button" className="button" onClick={upload} disabled={report.isPending}>
              {report.isPending
                ? t('workforce.upload.sending')
                : t('workforce.upload.send', {
                    count: file.lines.length,
                    formatted: formatNumber(file.lines.length),
                  })}
            </button>
          )}
        </>
      )}
      {result && (
        <div className="alert workforce-success">
          <p ref={doneRef} tabIndex={-1} role="status" className="alert-title">
            {t('workforce.upload.stored', {
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
