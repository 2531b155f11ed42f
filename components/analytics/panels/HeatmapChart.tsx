// The best-time grid drawn with the matrix chart type (chartjs-chart-matrix, by a Chart.js maintainer):
// Chart.js itself has no heatmap, and a Chart instance keeps the panel's PNG export the same as elsewhere.
import { CategoryScale, Chart, Tooltip, type ChartConfiguration } from 'chart.js';
import { MatrixController, MatrixElement } from 'chartjs-chart-matrix';
import type { RefObject } from 'preact';
import type { Heatmap } from '../../../lib/analytics/view-types';
import { t, uiLocale } from '../../../lib/i18n';
import { useChart } from '../../useChart';
import { themeColors } from './chart-colors';
import { showPercent } from './format';
import { cellStrength, weekdayName } from './heatmap-view';

Chart.register(MatrixController, MatrixElement, CategoryScale, Tooltip);

export const HOURS = Array.from({ length: 24 }, (_, hour) => String(hour));
export const WEEKDAYS = [0, 1, 2, 3, 4, 5, 6];

function chartConfig(heatmap: Heatmap, canvas: HTMLCanvasElement): ChartConfiguration<'matrix'> {
  const colors = themeColors(canvas);
  const locale = uiLocale();
  const days = WEEKDAYS.map((day) => weekdayName(day, locale));
  const highest = Math.max(0, ...heatmap.cells.map((cell) => cell.medianRate ?? 0));
  const cells = heatmap.cells;
  return {
    type: 'matrix',
    data: {
      datasets: [{
        label: t('an_p_hmTitle'),
        data: cells.map((cell) => ({ x: String(cell.hour), y: days[cell.weekday]!, v: cell.medianRate })),
        backgroundColor: (context) => {
          const strength = cellStrength(cells[context.dataIndex]?.medianRate, highest);
          return strength === undefined ? colors.line : withAlpha(colors.accent, strength);
        },
        borderWidth: 0,
        width: ({ chart }) => (chart.chartArea?.width ?? 0) / 24 - 2,
        height: ({ chart }) => (chart.chartArea?.height ?? 0) / 7 - 2,
      }],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      plugins: {
        legend: { display: false },
        tooltip: {
          displayColors: false,
          callbacks: {
            title: (items) => { const cell = cells[items[0]?.dataIndex ?? 0]!; return `${days[cell.weekday]} ${cell.hour}:00`; },
            label: (item) => { const cell = cells[item.dataIndex]!; return `${showPercent(cell.medianRate)} · ${t('an_p_nPosts', cell.posts)}`; },
          },
        },
      },
      scales: {
        x: { type: 'category', labels: HOURS, offset: true, grid: { display: false }, ticks: { color: colors.muted, font: { size: 10 }, maxRotation: 0 } },
        // Monday on top, as in a calendar week: the matrix type defaults y to reverse (meant for a linear
        // axis), which on a category axis would put Monday at the bottom. Every day labelled.
        y: { type: 'category', labels: days, offset: true, reverse: false, grid: { display: false }, ticks: { color: colors.muted, font: { size: 11 }, autoSkip: false } },
      },
    },
  };
}

/** #4a74e8 (or rgb()) with an alpha; the theme gives hex. */
function withAlpha(color: string, alpha: number): string {
  const hex = /^#([0-9a-f]{6})$/i.exec(color);
  if (!hex) return color;
  const value = Number.parseInt(hex[1]!, 16);
  return `rgba(${value >> 16}, ${(value >> 8) & 255}, ${value & 255}, ${alpha.toFixed(3)})`;
}

export function HeatmapChart({ heatmap, canvasRef, label }: { heatmap: Heatmap; canvasRef: RefObject<HTMLCanvasElement | null>; label: string }) {
  useChart(canvasRef, (canvas) => chartConfig(heatmap, canvas), heatmap.cells.map((cell) => `${cell.posts}:${cell.medianRate ?? ''}`).join(','));
  return <div class="chart-box an-heatmap"><canvas ref={canvasRef} role="img" aria-label={label} /></div>;
}
