/** echarts, as the app uses it; the first call downloads it, later ones share that download. */
export type Echarts = typeof import('echarts/core');
export type EchartsInstance = import('echarts/core').ECharts;

export function loadEcharts(): Promise<Echarts> {
  return import('./echarts').then((module) => module.echarts);
}
