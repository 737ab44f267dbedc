import { http, HttpResponse } from 'msw';
import type { Problem } from '@/lib/api/api-error';
import type { components } from '@/lib/api/schema';
import { counties, municipalities } from './reference-data';

type Schemas = components['schemas'];
type Municipality = Schemas['Municipality'];

/** A stand-in for the API, shaped by the generated types, over the real reference data. */
const countyName = new Map(counties.map(([code, name]) => [code, name]));

const allMunicipalities: Municipality[] = municipalities.map(([code, name, countyCode]) => ({
  code,
  name,
  county: { code: countyCode, name: countyName.get(countyCode) ?? '' },
}));

export function problem(status: number, title: string, detail?: string, violations?: Problem['violations']) {
  const body: Problem = {
    title,
    status,
    ...(detail && { detail }),
    ...(violations && { violations }),
  };
  return HttpResponse.json(body, { status, headers: { 'Content-Type': 'application/problem+json' } });
}

/**
 * The If-Match check of a conditional write, as the API makes it: absent → 428, another revision → 412 with the
 * current one; undefined when the write may go ahead.
 */
export function checkIfMatch(request: Request, current: number): Response | undefined {
  const header = request.headers.get('If-Match');
  if (!header) return problem(428, 'Precondition Required', 'Send If-Match with the ETag you loaded.');
  if (header.replace(/^W\//, '').replaceAll('"', '') !== String(current)) {
    return HttpResponse.json(
      {
        title: 'Precondition Failed',
        status: 412,
        detail: 'It was changed by someone else since you loaded it.',
        currentRevision: current,
        changed: [],
      },
      { status: 412, headers: { 'Content-Type': 'application/problem+json' } },
    );
  }
  return undefined;
}

/** Case- and accent-insensitive, as the backend searches: "lulea" finds "Luleå". */
function fold(text: string) {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

const sorters: Record<string, (a: Municipality, b: Municipality) => number> = {
  name: (a, b) => a.name.localeCompare(b.name, 'sv'),
  code: (a, b) => a.code.localeCompare(b.code),
  county: (a, b) => a.county.code.localeCompare(b.county.code) || a.name.localeCompare(b.name, 'sv'),
};

function toCsv(rows: Municipality[]) {
  const lines = rows.map((m) => [m.code, m.name, m.county.code, m.county.name].join(','));
  return ['code,name,county_code,county_name', ...lines].join('\n') + '\n';
}

export const handlers = [
  // Staffing-agency costs: nothing reported, unless a test says otherwise.
  http.get('*/api/v1/hired-staff-shares', ({ request }) =>
    HttpResponse.json<Schemas['HiredStaffShares']>({
      year: Number(new URL(request.url).searchParams.get('year')),
      areas: [],
      total: { hiredCost: 0, ownCost: 0, municipalitiesReporting: 0 },
    }),
  ),
  http.get('*/api/v1/hired-staff-shares/municipalities', () =>
    HttpResponse.json<Schemas['MunicipalityShare'][]>([]),
  ),
  http.get('*/api/v1/hired-staff-shares/series', () => HttpResponse.json<Schemas['KpiValue'][]>([])),
  http.get('*/api/v1/municipalities/:code/cost-lines', () =>
    HttpResponse.json<Schemas['CostLinePage']>({
      items: [],
      page: 1,
      size: 20,
      totalItems: 0,
      totalPages: 0,
    }),
  ),
  http.get('*/api/v1/municipalities/:code/workforce-figures', () =>
    HttpResponse.json<Schemas['WorkforceFigurePage']>({
      items: [],
      page: 1,
      size: 50,
      totalItems: 0,
      totalPages: 0,
    }),
  ),
  http.get('*/api/v1/municipalities/:code/decisions', () =>
    HttpResponse.json<Schemas['ReductionDecision'][]>([]),
  ),
  http.get('*/api/v1/municipalities/:code/contacts', () => HttpResponse.json<Schemas['Contact'][]>([])),
  http.get('*/api/v1/service-areas', () => HttpResponse.json<Schemas['ServiceArea'][]>([])),
  http.get('*/api/v1/professions', () => HttpResponse.json<Schemas['Profession'][]>([])),
  http.get('*/api/v1/municipalities/:code/targets', () => HttpResponse.json<Schemas['TargetStatus'][]>([])),
  http.get('*/geo/municipalities.geo.json', () =>
    HttpResponse.json({ type: 'FeatureCollection', features: [] }),
  ),
  http.get('*/api/v1/counties', () =>
    HttpResponse.json<Schemas['CountySummary'][]>(
      counties.map(([code, name]) => ({
        code,
        name,
        municipalityCount: allMunicipalities.filter((m) => m.county.code === code).length,
      })),
    ),
  ),

  http.get('*/api/v1/counties/:code', ({ params }) => {
    const code = String(params.code);
    const name = countyName.get(code);
    if (!name) {
      return problem(404, 'Not Found', `No county with code ${code}`);
    }
    const members = allMunicipalities.filter((m) => m.county.code === code);
    return HttpResponse.json<Schemas['County']>({
      code,
      name,
      municipalityCount: members.length,
      municipalities: members.map(({ code: memberCode, name: memberName }) => ({
        code: memberCode,
        name: memberName,
      })),
    });
  }),

  http.get('*/api/v1/municipalities', ({ request }) => {
    const url = new URL(request.url);
    const county = url.searchParams.get('county');
    const q = url.searchParams.get('q');
    const sort = url.searchParams.get('sort') ?? 'name';
    const page = Number(url.searchParams.get('page') ?? 1);
    const size = Number(url.searchParams.get('size') ?? 50);

    const sortKey = sort.replace(/^-/, '');
    const sorter = sorters[sortKey];
    if (!sorter || page < 1 || size < 1 || size > 100) {
      return problem(400, 'Invalid request', 'The query parameters are not valid.', [
        { field: 'size', in: 'query', message: 'must be at most 100' },
      ]);
    }

    let rows = allMunicipalities
      .filter((m) => !county || m.county.code === county)
      .filter((m) => !q || fold(m.name).includes(fold(q)) || m.code.startsWith(q.trim()));
    rows = [...rows].sort(sort.startsWith('-') ? (a, b) => sorter(b, a) : sorter);

    if (request.headers.get('Accept')?.includes('text/csv')) {
      return new HttpResponse(toCsv(rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
    }
    return HttpResponse.json<Schemas['MunicipalityPage']>({
      items: rows.slice((page - 1) * size, page * size),
      page,
      size,
      totalItems: rows.length,
      totalPages: Math.ceil(rows.length / size),
    });
  }),

  // Profiles: nothing reported or published, unless a test says otherwise.
  http.get('*/api/v1/dashboard', () =>
    HttpResponse.json<Schemas['AdminDashboard']>({
      openQuestionnaires: [],
      costYear: 2025,
      missingCostReports: [],
      municipalityCount: 290,
    }),
  ),
  http.get('*/api/v1/municipalities/:code/profile', ({ params }) => {
    const found = allMunicipalities.find((m) => m.code === params.code);
    if (!found) return problem(404, 'Not Found', `No municipality with code ${String(params.code)}`);
    return HttpResponse.json<Schemas['MunicipalityProfile']>({
      code: found.code,
      name: found.name,
      countyCode: found.county.code,
      countyName: found.county.name,
      restricted: true,
      publishedYears: [],
      shares: [{ nameSv: 'Alla verksamhetsområden', nameEn: 'All service areas', points: [] }],
      targets: [],
      publications: [],
    });
  }),
  http.get('*/api/v1/counties/:code/profile', ({ params }) => {
    const code = String(params.code);
    const name = countyName.get(code);
    if (!name) return problem(404, 'Not Found', `No county with code ${code}`);
    return HttpResponse.json<Schemas['CountyProfile']>({
      code,
      name,
      restricted: true,
      publishedYears: [],
      shares: [{ nameSv: 'Alla verksamhetsområden', nameEn: 'All service areas', points: [] }],
      municipalities: allMunicipalities
        .filter((m) => m.county.code === code)
        .map((m) => ({ code: m.code, name: m.name, published: false })),
      publications: [],
    });
  }),

  http.get('*/api/v1/municipalities/:code', ({ params }) => {
    const found = allMunicipalities.find((m) => m.code === params.code);
    return found
      ? HttpResponse.json(found)
      : problem(404, 'Not Found', `No municipality with code ${String(params.code)}`);
  }),
];
