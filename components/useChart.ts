// One Chart.js chart per canvas, for the life of the component: created once, given freshly built data
// and options when `key` (a digest of what it shows) changes, destroyed on unmount. Under happy-dom
// (unit tests) a canvas has no 2D context, so nothing is drawn; each chart component also renders its
// numbers as a table.
// The returned ref holds the live chart (null before it exists) for exports such as PNG.
import { Chart, type ChartConfiguration, type ChartType } from 'chart.js';
import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

export function useChart<T extends ChartType>(
  canvasRef: RefObject<HTMLCanvasElement | null>,
  config: (canvas: HTMLCanvasElement) => ChartConfiguration<T, any, any>,
  key: string,
): RefObject<Chart<T, any, any> | null> {
  const chartRef = useRef<Chart<T, any, any> | null>(null);

  useEffect(() => {
    const canvas = canvasRef.current;
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return;
    const chart = new Chart(context, config(canvas));
    chartRef.current = chart;
    return () => {
      chart.destroy();
      chartRef.current = null;
    };
  }, []);

  useEffect(() => {
    const chart = chartRef.current;
    if (!chart) return;
    const fresh = config(chart.canvas);
    chart.data = fresh.data;
    if (fresh.options) chart.options = fresh.options;
    chart.update('none');
  }, [key]);

  return chartRef;
}
