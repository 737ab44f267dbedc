import { MapChart } from 'echarts/charts';
import { TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPercent } from '@/utils/format';
import type { MunicipalityShare } from '../api/costs-api';

echarts.use([MapChart, VisualMapComponent, TooltipComponent, SVGRenderer]);

const MAP = 'sweden-municipalities';
let borders: Promise<void> | undefined;

/** The municipality borders (public/geo, with their licence), fetched and registered once. */
function loadBorders(): Promise<void> {
  borders ??= fetch('/geo/municipalities.geo.json')
    .then((response) => {
      if (!response.ok) throw new Error(`borders: HTTP ${response.status}`);
      return response.json();
    })
    .then((geoJson) => echarts.registerMap(MAP, geoJson));
  return borders;
}

type ShareMapProps = { title: string; shares: readonly MunicipalityShare[] };

/**
 * Sweden's municipalities coloured by hired-staff share; those without figures stay grey. A picture for those who
 * see it: the same figures are in the table next to it.
 */
export function ShareMap({ title, shares }: ShareMapProps) {
  const { t } = useTranslation();
  const element = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const container = element.current;
    if (!container) return undefined;
    let chart: echarts.ECharts | undefined;
    let cancelled = false;
    loadBorders()
      .then(() => {
        if (cancelled) return;
        chart = echarts.init(container, undefined, { renderer: 'svg' });
        const values = shares.filter((share) => share.share !== undefined).map((share) => share.share!);
        chart.setOption({
          animation: false,
          aria: { enabled: false },
          tooltip: {
            trigger: 'item',
            formatter: ({ name, value }: { name: string; value: number }) => {
              const share = shares.find((s) => s.municipalityCode === name);
              return share
                ? `${share.municipalityName}: ${Number.isFinite(value) ? formatPercent(value, 2) : '–'}`
                : name;
            },
          },
          visualMap: {
            min: 0,
            max: Math.max(1, ...values),
            left: 'left',
            bottom: 8,
            text: [formatPercent(Math.max(1, ...values), 2), formatPercent(0, 2)],
            inRange: { color: ['#e8f1f8', '#1d4f73'] },
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
      })
      .catch(() => {
        if (!cancelled) setFailed(true);
      });
    return () => {
      cancelled = true;
      chart?.dispose();
    };
  }, [shares]);

  if (failed) return <p className="muted">{t('costs.map.unavailable')}</p>;
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
