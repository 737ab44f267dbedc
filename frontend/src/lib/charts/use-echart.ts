import { useCallback, useEffect, useState, type DependencyList, type RefObject } from 'react';
import { loadEcharts, type Echarts, type EchartsInstance } from './load-echarts';

/**
 * Draws an echarts chart in the element once echarts has loaded (on demand, see load-echarts.ts), redraws it when
 * `deps` change, follows the element's size and disposes of it on leaving. The element keeps its size while echarts
 * loads, so nothing moves. `failed` is true when it could not be drawn (echarts could not be fetched, no drawing
 * surface, unusable data): the caller's table then says it all, and `retry` tries again (fetching echarts anew).
 */
export function useEchart(
  element: RefObject<HTMLElement | null>,
  draw: (chart: EchartsInstance, echarts: Echarts) => void,
  deps: DependencyList,
): { failed: boolean; retry: () => void } {
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => {
    setFailed(false);
    setAttempt((n) => n + 1);
  }, []);
  useEffect(() => {
    const container = element.current;
    // Nothing to draw on without a size (e.g. in tests): the table says it all.
    if (!container?.clientWidth) return undefined;
    let left = false;
    let chart: EchartsInstance | undefined;
    let observer: ResizeObserver | undefined;
    loadEcharts().then(
      (echarts) => {
        if (left) return;
        try {
          chart = echarts.init(container, undefined, { renderer: 'svg' });
          draw(chart, echarts);
        } catch (error) {
          // A fault of the drawing, not of the reader's connection: said where a developer (and the e2e check) sees it.
          console.error('The chart could not be drawn', error);
          chart?.dispose();
          chart = undefined;
          setFailed(true);
          return;
        }
        observer =
          typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(() => chart?.resize());
        observer?.observe(container);
      },
      () => {
        // The chunk could not be fetched (offline): the table says it all.
        if (!left) setFailed(true);
      },
    );
    return () => {
      left = true;
      observer?.disconnect();
      chart?.dispose();
    };
    // The caller names what the drawing depends on; a retry draws again.
  }, [...deps, attempt]);
  return { failed, retry };
}
