// The popup's small one-series bar charts (captures per hour; the overview's posts + comments per step):
// accent bars on the theme's colours, sparse ticks, no legend.
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip, type ChartConfiguration } from 'chart.js';

// Only what a bar chart with tooltips needs, so the rest of Chart.js is tree-shaken away.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

export interface CountBars {
  labels: string[];
  values: number[];
  seriesLabel: string;
  maxBarThickness: number;
  maxXTicks: number;
}

export function countBarsConfig(bars: CountBars, canvas: HTMLCanvasElement): ChartConfiguration<'bar'> {
  // Canvas cannot read CSS variables itself; take the theme's colours (light or dark) once.
  const style = getComputedStyle(canvas);
  const color = (name: string) => style.getPropertyValue(name).trim();
  const tick = { color: color('--muted'), font: { size: 10 } };
  return {
    type: 'bar',
    data: {
      labels: bars.labels,
      datasets: [{
        label: bars.seriesLabel, data: bars.values,
        backgroundColor: color('--accent'), hoverBackgroundColor: color('--accent-strong'), borderRadius: 2, maxBarThickness: bars.maxBarThickness,
      }],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      plugins: { tooltip: { displayColors: false } },
      scales: {
        x: { grid: { display: false }, border: { display: false }, ticks: { ...tick, maxRotation: 0, autoSkip: true, maxTicksLimit: bars.maxXTicks } },
        y: { beginAtZero: true, border: { display: false }, grid: { color: color('--line') }, ticks: { ...tick, precision: 0, maxTicksLimit: 4 } },
      },
    },
  };
}
