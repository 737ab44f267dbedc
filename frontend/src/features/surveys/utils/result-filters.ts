import type { ResultFilter } from '../api/get-questionnaire-response-rates';

/** The results' selection (a county, some municipalities), kept in the URL. */
export function readResultFilter(search: URLSearchParams): ResultFilter {
  const county = search.get('county') ?? '';
  const municipality = search.getAll('municipality').filter((code) => /^[0-9]{4}$/.test(code));
  return {
    ...(/^[0-9]{2}$/.test(county) && { county }),
    ...(municipality.length > 0 && { municipality }),
  };
}

export function resultSearchParams(filter: ResultFilter): URLSearchParams {
  const search = new URLSearchParams();
  if (filter.county) search.set('county', filter.county);
  for (const code of filter.municipality ?? []) search.append('municipality', code);
  return search;
}
