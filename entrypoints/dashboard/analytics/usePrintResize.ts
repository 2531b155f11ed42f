import { Chart } from 'chart.js';
import { useEffect } from 'preact/hooks';

/** The printed charts' size in CSS px: half an A4 page's width inside 10 mm margins, and a third of its height at most. */
export const PRINT_CHART = { width: 320, height: 180 } as const;

/**
 * Chart.js sizes a canvas to its box only on window resizes, and printing is not one; and the print
 * layout is made after `beforeprint`, so measuring the box then would read the screen's size. So the
 * charts the report prints (inside `.an-print-chart`) are given the paper size explicitly before
 * printing, and every chart goes back to its box afterwards.
 */
export function usePrintResize(): void {
  useEffect(() => {
    const toPaper = () => {
      for (const chart of Object.values(Chart.instances)) {
        if (chart.canvas.closest('.an-print-chart')) chart.resize(PRINT_CHART.width, PRINT_CHART.height);
      }
    };
    const toScreen = () => {
      for (const chart of Object.values(Chart.instances)) chart.resize();
    };
    const print = typeof window.matchMedia === 'function' ? window.matchMedia('print') : undefined;
    const follow = (event: MediaQueryListEvent) => (event.matches ? toPaper() : toScreen());
    window.addEventListener('beforeprint', toPaper);
    window.addEventListener('afterprint', toScreen);
    print?.addEventListener?.('change', follow);
    return () => {
      window.removeEventListener('beforeprint', toPaper);
      window.removeEventListener('afterprint', toScreen);
      print?.removeEventListener?.('change', follow);
    };
  }, []);
}
