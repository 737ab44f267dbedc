import { useMemo } from 'react';
import { Loading } from '@/components/ui/loading';
import { useMunicipalityBorders } from '../api/costs-api';
import { MapUnavailable, ShareMap } from './share-map';

export type CountyShareMapProps = {
  title: string;
  countyCode: string;
  shares: readonly { code: string; share?: number }[];
};

/** One county's municipalities coloured by their share: the country's map cut to the county's borders. */
export function CountyShareMap({ title, countyCode, shares }: CountyShareMapProps) {
  const borders = useMunicipalityBorders();
  const county = useMemo(
    () =>
      borders.data && {
        ...borders.data,
        features: borders.data.features.filter((feature) => feature.properties.county_code === countyCode),
      },
    [borders.data, countyCode],
  );
  const values = useMemo(
    () => shares.map((row) => ({ municipalityCode: row.code, share: row.share })),
    [shares],
  );
  // Loading, or loading again after a failure someone asked to retry.
  if (borders.isPending || (!borders.data && borders.isFetching)) return <Loading />;
  if (!county) return <MapUnavailable onRetry={() => void borders.refetch()} />;
  return <ShareMap title={title} borders={county} shares={values} />;
}
