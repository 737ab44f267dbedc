import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { Pagination } from '@/components/ui/pagination';
import { formatNumber } from '@/utils/format';
import { useDocumentTitle } from '@/utils/use-document-title';
import { useMunicipalities } from '../api/list-municipalities';
import { DownloadCsvButton } from '../components/download-csv-button';
import { MunicipalitySearch } from '../components/municipality-search';
import { MunicipalityTable } from '../components/municipality-table';
import {
  readFilters,
  toListParams,
  toSearchParams,
  type MunicipalityListFilters,
} from '../utils/municipality-list-filters';

/** A county picker; the app hands one in, since this feature does not know about counties. */
export type CountyFilterComponent = ComponentType<{
  value: string;
  onChange: (countyCode: string) => void;
}>;

export function MunicipalitiesRoute({ CountyFilter }: { CountyFilter: CountyFilterComponent }) {
  const { t } = useTranslation();
  useDocumentTitle(t('municipalities.title'));
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = readFilters(searchParams);
  const { county, q, sort } = filters;
  const municipalities = useMunicipalities(toListParams(filters));

  const update = (changes: Partial<MunicipalityListFilters>, options?: { replace?: boolean }) => {
    // Any new filter or order starts from the first page.
    setSearchParams(toSearchParams({ ...filters, page: 1, ...changes }), options);
  };
  const pageLink = (target: number) => ({ search: `?${toSearchParams({ ...filters, page: target })}` });

  const data = municipalities.data;
  const filtered = Boolean(county || q);

  return (
    <>
      <h1>{t('municipalities.title')}</h1>
      <p className="lead">{t('municipalities.intro')}</p>

      <form
        className="filters"
        role="search"
        aria-label={t('municipalities.filtersLabel')}
        onSubmit={(event) => event.preventDefault()}
      >
        <CountyFilter value={county} onChange={(code) => update({ county: code })} />
        {/* Typing replaces the history entry, so back goes to the previous filter, not the previous letter. */}
        <MunicipalitySearch value={q} onSearch={(query) => update({ q: query }, { replace: true })} />
      </form>

      <div className="list-toolbar">
        <p role="status" aria-live="polite" className="result-count">
          {data
            ? t('municipalities.count', { count: data.totalItems, formatted: formatNumber(data.totalItems) })
            : municipalities.isPending
              ? t('municipalities.searching')
              : ''}
        </p>
        <DownloadCsvButton params={{ ...(county && { county }), ...(q && { q }), sort }} />
      </div>

      {municipalities.isError && (
        <ErrorAlert error={municipalities.error} onRetry={() => void municipalities.refetch()} />
      )}

      {data && data.totalItems === 0 && <p>{t('municipalities.noResults')}</p>}

      {data && data.totalItems > 0 && data.items.length === 0 && (
        <p>
          {t('municipalities.pageOutOfRange')} <Link to={pageLink(1)}>{t('municipalities.firstPage')}</Link>
        </p>
      )}

      {data && data.items.length > 0 && (
        <>
          <MunicipalityTable
            municipalities={data.items}
            caption={filtered ? t('municipalities.captionFiltered') : t('municipalities.caption')}
            sort={sort}
            onSort={(next) => update({ sort: next })}
            busy={municipalities.isPlaceholderData}
          />
          <Pagination page={data.page} totalPages={data.totalPages} linkTo={pageLink} />
        </>
      )}
    </>
  );
}
