import type { MunicipalityListParams } from '../api/list-municipalities';

export type MunicipalitySort = NonNullable<MunicipalityListParams['sort']>;

const sorts: readonly MunicipalitySort[] = ['name', '-name', 'code', '-code', 'county', '-county'];
export const defaultSort: MunicipalitySort = 'name';
export const pageSize = 50;

/** What the list shows, as kept in the URL's query string so reloading and going back work. */
export type MunicipalityListFilters = {
  county: string;
  q: string;
  sort: MunicipalitySort;
  page: number;
};

export function readFilters(search: URLSearchParams): MunicipalityListFilters {
  const sort = search.get('sort');
  const page = Number(search.get('page'));
  return {
    county: search.get('county') ?? '',
    q: search.get('q') ?? '',
    sort: sorts.includes(sort as MunicipalitySort) ? (sort as MunicipalitySort) : defaultSort,
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** The query string for the filters, leaving out what is the default. */
export function toSearchParams(filters: MunicipalityListFilters): URLSearchParams {
  const search = new URLSearchParams();
  if (filters.county) search.set('county', filters.county);
  if (filters.q) search.set('q', filters.q);
  if (filters.sort !== defaultSort) search.set('sort', filters.sort);
  if (filters.page > 1) search.set('page', String(filters.page));
  return search;
}

export function toListParams(filters: MunicipalityListFilters): MunicipalityListParams {
  return {
    ...(filters.county && { county: filters.county }),
    ...(filters.q && { q: filters.q }),
    sort: filters.sort,
    page: filters.page,
    size: pageSize,
  };
}
