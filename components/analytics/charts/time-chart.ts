// What the dashboard's charts over time share: the time axis, the legend under the chart, one tooltip
// for every series at a step (titled with the step's full date), and no animation (a filter change
// redraws at once, and a PNG export never catches a half-drawn frame).
import type { TooltipItem } from 'chart.js';
import type { axisColors } from './palette';

type AxisColors = ReturnType<typeof axisColors>;

export const tickStyle = (colors: AxisColors) => ({ color: colors.muted, font: { size: 11 } });

export function timeAxis(colors: AxisColors, stacked: boolean) {
  return { stacked, grid: { display: false }, border: { display: false }, ticks: { ...tickStyle(colors), maxRotation: 0, autoSkip: true, maxTicksLimit: 12 } };
}

export function countAxis(colors: AxisColors, stacked: boolean) {
  return { stacked, beginAtZero: true, border: { display: false }, grid: { color: colors.line }, ticks: { ...tickStyle(colors), precision: 0, maxTicksLimit: 5 } };
}

export function timeChartOptions<Scales extends object>(
  colors: AxisColors,
  titles: readonly string[],
  label: (item: TooltipItem<any>) => string,
  scales: Scales,
) {
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: false as const,
    interaction: { mode: 'index' as const, intersect: false },
    plugins: {
      legend: { position: 'bottom' as const, labels: { color: colors.muted, boxWidth: 10, font: { size: 11 } } },
      tooltip: { callbacks: { title: (items: TooltipItem<any>[]) => titles[items[0]?.dataIndex ?? 0] ?? '', label } },
    },
    scales,
  };
}
