import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiClient, dataOf } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

type Role = components['schemas']['Grant']['role'];

/** A county with its municipalities' names: one request names a county and all of its municipalities. */
const countyPlacesQuery = (countyCode: string) => ({
  queryKey: ['catalogues', 'county-places', countyCode] as const,
  queryFn: async ({ signal }: { signal: AbortSignal }) =>
    dataOf(
      await apiClient.GET('/api/v1/counties/{code}', { params: { path: { code: countyCode }, signal } }),
    ),
  // Names of counties and municipalities change once in a generation.
  staleTime: Infinity,
  retry: false,
});

export type PlaceNames = {
  /** "Kiruna" for 2584; undefined until known (or for a code that names no municipality). */
  municipality: (code: string | undefined | null) => string | undefined;
  /** "Norrbottens län" for 25; undefined until known. */
  county: (code: string | undefined | null) => string | undefined;
};

/**
 * The names of the municipalities and counties whose codes are given (a county's code is its municipalities' first
 * two digits), loaded once per county and kept: what people read is "Kiruna", not "2584".
 */
export function usePlaceNames(codes: readonly (string | undefined | null)[]): PlaceNames {
  const countyCodes = [
    ...new Set(
      codes
        .filter((code): code is string => Boolean(code && /^\d{2,4}$/.test(code)))
        .map((c) => c.slice(0, 2)),
    ),
  ].sort();
  const results = useQueries({ queries: countyCodes.map(countyPlacesQuery) });
  const counties = new Map<string, string>();
  const municipalities = new Map<string, string>();
  results.forEach(({ data }) => {
    if (!data) return;
    counties.set(data.code, data.name);
    data.municipalities.forEach((municipality) => municipalities.set(municipality.code, municipality.name));
  });
  return {
    municipality: (code) => (code ? municipalities.get(code) : undefined),
    county: (code) => (code ? counties.get(code) : undefined),
  };
}

/** A grant as people read it: "Kommunredaktör, Kiruna", "Länssamordnare, Norrbottens län", "Analytiker". */
export function useGrantText(grants: readonly { countyCode?: string; municipalityCode?: string }[]) {
  const { t } = useTranslation();
  const names = usePlaceNames(grants.flatMap((grant) => [grant.countyCode, grant.municipalityCode]));
  return (grant: { role: Role | string; countyCode?: string; municipalityCode?: string }) => {
    const role = isRole(grant.role) ? t(`roles.${grant.role}`) : grant.role;
    const place = grant.municipalityCode
      ? (names.municipality(grant.municipalityCode) ??
        t('places.municipality', { code: grant.municipalityCode }))
      : grant.countyCode
        ? (names.county(grant.countyCode) ?? t('places.county', { code: grant.countyCode }))
        : undefined;
    return place ? t('places.roleFor', { role, place }) : role;
  };
}

const roles: readonly string[] = ['admin', 'county_coordinator', 'municipality_editor', 'analyst'];
const isRole = (value: string): value is Role => roles.includes(value);
