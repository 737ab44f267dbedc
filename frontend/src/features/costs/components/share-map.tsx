import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useEchart } from '@/lib/charts/use-echart';
import { formatPercent } from '@/utils/format';
import type { MunicipalityBorders, MunicipalityShare } from '../api/costs-api';
import '../share-map.css';

const MAP = 'sweden-municipalities';
let registered: MunicipalityBorders | undefined;

type ShareMapProps = {
  title: string;
  borders: MunicipalityBorders;
  shares: readonly Pick<MunicipalityShare, 'municipalityCode' | 'share'>[];
};

/**
 * Sweden's municipalities coloured by hired-staff share; those without figures stay grey. A picture for those who
 * see it: the same figures are in the table next to it.
 */
export function ShareMap({ title, borders, shares }: ShareMapProps) {
  const { t } = useTranslation();
  const element = useRef<HTMLDivElement>(null);

  const { failed, retry } = useEchart(
    element,
    (chart, echarts) => {
      if (registered !== borders) {
        echarts.registerMap(MAP, borders as unknown as Parameters<typeof echarts.registerMap>[1]);
        registered = borders;
      }
      const values = shares.filter((share) => share.share !== undefined).map((share) => share.share!);
      chart.setOption({
        animation: false,
        aria: { enabled: false },
        tooltip: {
          trigger: 'item',
          formatter: ({ name, value }: { name: string; value: number }) => {
            const municipality =
              borders.features.find((feature) => feature.properties.code === name)?.properties.name ?? name;
            return `${municipality}: ${Number.isFinite(value) ? formatPercent(value, 2) : t('costs.map.noData')}`;
          },
        },
        visualMap: {
          min: 0,
          max: Math.max(1, ...values),
          left: 'left',
          bottom: 8,
          text: [formatPercent(Math.max(1, ...values), 2), formatPercent(0, 2)],
          inRange: { color: ['#cfe2f1', '#1d4f73'] },
          calculable: false,
        },
        series: [
          {
            type: 'map',
            map: MAP,
            nameProperty: 'code',
            roam: false,
            itemStyle: { areaColor: '#d0d4d9', borderColor: '#ffffff', borderWidth: 0.3 },
            emphasis: { label: { show: false }, itemStyle: { areaColor: '#b34700' } },
            data: shares
              .filter((share) => share.share !== undefined)
              .map((share) => ({ name: share.municipalityCode, value: share.share })),
          },
        ],
      });
    },
    [borders, shares, t],
  );

  if (failed) return <MapUnavailable onRetry={retry} />;
  return (
    <div
      ref={element}
      className="costs-map"
      role="img"
      aria-label={t('costs.map.label', { title })}
      data-testid="share-map"
      data-municipalities={shares.length}
    />
  );
}

/** The map could not be drawn (or its borders fetched): the table has the figures, and drawing may be tried again. */
export function MapUnavailable({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="costs-map-failed" role="status">
      <p className="muted">{t('costs.map.unavailable')}</p>
      <button type="button" className="button button-secondary button-small" onClick={onRetry}>
        {t('errors.retry')}
      </button>
    </div>
  );
}
