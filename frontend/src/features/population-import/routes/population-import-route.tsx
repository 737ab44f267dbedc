import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/error-alert';
import { Field } from '@/components/ui/field';
import { Loading } from '@/components/ui/loading';
import { RowProblems } from '@/components/ui/row-problems';
import { ApiError } from '@/lib/api/api-error';
import { apiClient, dataOf } from '@/lib/api/client';
import { FIRST_YEAR, LAST_YEAR, validYear } from '@/utils/batch-upload';
import { formatDateTime, formatNumber } from '@/utils/format';
import { serverRowProblems, useBatchFile } from '@/utils/use-batch-file';
import { useDocumentTitle } from '@/utils/use-document-title';
import { type ParsedPopulation, parsePopulationCsv, populationTemplate } from '../utils/population-csv';
import { TableScroll } from '@/components/ui/table-scroll';

/**
 * Population per municipality and year (SCB's folkmängd), the denominator of hired cost per inhabitant: an
 * administrator imports a file, all rows or none, and reads a year's figures back with where they came from.
 */
export function PopulationImportRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('populationImport.title'));
  const fileId = useId();
  const queryClient = useQueryClient();
  const [stored, setStored] = useState('');
  const [yearText, setYearText] = useState(String(new Date().getFullYear() - 1));
  const [year, setYear] = useState(() => validYear(yearText)!);
  const upload = useMutation({
    mutationFn: async ({ lines, key }: { lines: ParsedPopulation['lines']; key: string }) =>
      dataOf(
        await apiClient.POST('/api/v1/population', {
          params: { header: { 'Idempotency-Key': key } },
          body: { source: 'file', lines },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['population'] }),
  });
  const { file, choose } = useBatchFile(parsePopulationCsv, () => {
    upload.reset();
    setStored('');
  });
  const figures = useQuery({
    queryKey: ['population', year] as const,
    queryFn: async ({ signal }) =>
      dataOf(await apiClient.GET('/api/v1/population', { params: { query: { year } }, signal })),
  });

  const problems = [...(file?.problems ?? []), ...serverRowProblems(upload.error)];

  return (
    <>
      <h1>{t('populationImport.title')}</h1>
      <p className="lead">{t('populationImport.intro')}</p>
      <section aria-labelledby="population-upload">
        <h2 id="population-upload">{t('populationImport.upload')}</h2>
        <p>
          <a
            href={`data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${populationTemplate()}`)}`}
            download="folkmangd-mall.csv"
          >
            {t('populationImport.template')}
          </a>
        </p>
        <div className="field">
          <label htmlFor={fileId}>{t('populationImport.file')}</label>
          <input id={fileId} type="file" accept=".csv,text/csv" onChange={(event) => void choose(event)} />
        </div>
        {file && (
          <p>
            {t('populationImport.read', {
              count: file.lines.length,
              formatted: formatNumber(file.lines.length),
              name: file.name,
            })}
          </p>
        )}
        {problems.length > 0 && <RowProblems title={t('populationImport.refused')} problems={problems} />}
        {upload.isError && !(upload.error instanceof ApiError && upload.error.status === 400) && (
          <ErrorAlert error={upload.error} />
        )}
        {file && file.problems.length === 0 && file.lines.length > 0 && !stored && (
          <button
            type="button"
            className="button"
            disabled={upload.isPending}
            onClick={() =>
              upload.mutate(
                { lines: file.lines, key: file.idempotencyKey },
                {
                  onSuccess: (result) =>
                    setStored(
                      t('costs.upload.stored', {
                        created: result.created,
                        updated: result.updated,
                        unchanged: result.unchanged,
                      }),
                    ),
                },
              )
            }
          >
            {upload.isPending
              ? t('costs.upload.sending')
              : t('populationImport.send', {
                  count: file.lines.length,
                  formatted: formatNumber(file.lines.length),
                })}
          </button>
        )}
        <p role="status" className="status-message">
          {stored}
        </p>
      </section>

      <section aria-labelledby="population-year">
        <h2 id="population-year">{t('populationImport.figures')}</h2>
        <Field
          label={t('populationImport.year')}
          error={
            validYear(yearText) === undefined
              ? t('costs.yearInvalid', { first: FIRST_YEAR, last: LAST_YEAR })
              : undefined
          }
        >
          {(control) => (
            <input
              {...control}
              className="input-short"
              inputMode="numeric"
              value={yearText}
              onChange={(event) => {
                setYearText(event.target.value);
                const typed = validYear(event.target.value);
                if (typed !== undefined) setYear(typed);
              }}
            />
          )}
        </Field>
        {figures.isPending && <Loading />}
        {figures.isError && <ErrorAlert error={figures.error} onRetry={() => void figures.refetch()} />}
        {figures.data && figures.data.items.length === 0 && (
          <p className="muted">{t('populationImport.none', { year })}</p>
        )}
        {figures.data && figures.data.items.length > 0 && (
          <TableScroll label={t('populationImport.caption', { year })}>
            <table className="data-table">
              <caption>{t('populationImport.caption', { year })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('populationImport.municipality')}</th>
                  <th scope="col">{t('populationImport.inhabitants')}</th>
                  <th scope="col">{t('populationImport.source')}</th>
                </tr>
              </thead>
              <tbody>
                {figures.data.items.map((item) => (
                  <tr key={item.municipalityCode}>
                    <th scope="row">
                      {item.municipalityName} ({item.municipalityCode})
                    </th>
                    <td className="numeric">{formatNumber(item.inhabitants)}</td>
                    <td>
                      {t('populationImport.sourceValue', {
                        revision: item.provenance.revision,
                        at: formatDateTime(item.provenance.reportedAt),
                        by: item.provenance.reportedBy,
                      })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>
    </>
  );
}
