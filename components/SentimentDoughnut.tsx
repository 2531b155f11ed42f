import { ArcElement, Chart, DoughnutController, Tooltip, type ChartConfiguration } from 'chart.js';
import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import type { MixSlice } from '../lib/analytics/page-check';
import { t } from '../lib/i18n';
import { useChart } from './useChart';

// Only what a doughnut with tooltips needs, so the rest of Chart.js is tree-shaken away.
Chart.register(DoughnutController, ArcElement, Tooltip);

const COLOR_VARS = { positive: '--positive', neutral: '--neutral', negative: '--negative' } as const;

function chartConfig(mix: readonly MixSlice[], canvas: HTMLCanvasElement): ChartConfiguration<'doughnut'> {
  // Canvas cannot read CSS variables itself; take the theme's colours (light or dark) once.
  const style = getComputedStyle(canvas);
  return {
    type: 'doughnut',
    data: {
      labels: mix.map((slice) => t(`check_${slice.label}`)),
      datasets: [{
        data: mix.map((slice) => slice.count),
        backgroundColor: mix.map((slice) => style.getPropertyValue(COLOR_VARS[slice.label]).trim()),
        borderColor: style.getPropertyValue('--card').trim(),
        borderWidth: 2,
      }],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      cutout: '70%',
      plugins: { tooltip: { displayColors: false } },
    },
  };
}

interface SentimentDoughnutProps {
  mix: readonly MixSlice[];
  summary: string;
  /** What sits in the hole (the net sentiment). */
  children?: ComponentChildren;
}

export function SentimentDoughnut({ mix, summary, children }: SentimentDoughnutProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const counts = mix.map((slice) => slice.count);
  const empty = counts.every((count) => count === 0);
  useChart(canvasRef, (canvas) => chartConfig(mix, canvas), counts.join(','));

  return (
    <div class={`doughnut${empty ? ' doughnut-empty' : ''}`}>
      <canvas ref={canvasRef} role="img" aria-label={summary} />
      <div class="doughnut-centre">{children}</div>
    </div>
  );
}
