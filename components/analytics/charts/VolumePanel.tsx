// Volume over time, stacked by platform: the dashboard's first chart. `onDrawn` fires once the chart
// exists (even with nothing to show), which is what the page's data-ready="… chart" waits on.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip, type ChartConfiguration } from 'chart.js';
import { useEffect, useRef } from 'preact/hooks';
import { volumeByPlatform } from '../../../lib/analytics/series';
import type { StatsRow } from '../../../lib/analytics/stats-types';
import type { PlatformSeries, TimeBucket } from '../../../lib/analytics/view-types';
import { formatCount, t } from '../../../lib/i18n';
import type { Platform } from '../../../lib/model';
import { platformName } from '../../platformName';
import { useChart } from '../../useChart';
import { Panel } from '../Panel';
import { bucketLabels, bucketTitles } from './buckets';
import { ChartTable } from './ChartTable';
import { axisColors, PLATFORM_COLORS } from './palette';
import { countAxis, timeAxis, timeChartOptions } from './time-chart';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

interface VolumePanelProps {
  rows: readonly StatsRow[];
  buckets: readonly TimeBucket[];
  platforms: Platform[];
  locale: string;
  timeZone: string;
  onDrawn?: () => void;
}

function chartConfig(series: PlatformSeries[], labels: string[], titles: string[], canvas: HTMLCanvasElement, locale: string): ChartConfiguration<'bar'> {
  const colors = axisColors(canvas);
  return {
    type: 'bar',
    data: {
      labels,
      datasets: series.map((line) => ({
        label: platformName(line.platform), data: line.volume, backgroundColor: PLATFORM_COLORS[line.platform], stack: 'volume', maxBarThickness: 28,
      })),
    },
    options: timeChartOptions(colors, titles, (item) => `${item.dataset.label}: ${formatCount(Number(item.raw), locale)}`, {
      x: timeAxis(colors, true),
      y: countAxis(colors, true),
    }),
  };
}

export function VolumePanel({ rows, buckets, platforms, locale, timeZone, onDrawn }: VolumePanelProps) {
  const series = volumeByPlatform(rows, buckets, platforms);
  const labels = bucketLabels(buckets, locale, timeZone);
  const titles = bucketTitles(buckets, locale, timeZone);
  const totals = buckets.map((_, index) => series.reduce((sum, line) => sum + line.volume[index]!, 0));
  const total = totals.reduce((sum, value) => sum + value, 0);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const chartRef = useChart(canvasRef, (canvas) => chartConfig(series, labels, titles, canvas, locale), JSON.stringify([labels, series]));
  // Runs after useChart's own effect has made the chart.
  useEffect(() => {
    if (chartRef.current) onDrawn?.();
  }, []);

  const names = series.map((line) => platformName(line.platform));
  const csv = () => ({
    header: [t('an_time'), ...names, t('an_total')],
    rows: buckets.map((bucket, index) => [bucket.key, ...series.map((line) => line.volume[index]), totals[index]]),
  });
  const summary = t('an_chartSummary', formatCount(total, locale), formatCount(buckets.length, locale));
  return (
    <Panel name="volume" title={t('an_volumeTitle')} note={t('an_volumeNote')} csv={csv} chart={() => chartRef.current}>
      <div class="an-chart-box" data-testid="volume-chart" data-total={String(total)}>
        <canvas ref={canvasRef} role="img" aria-label={summary} />
        {total === 0 && <p class="an-chart-empty muted">{t('an_chartEmpty')}</p>}
      </div>
      <ChartTable caption={summary} columns={[t('an_time'), ...names, t('an_total')]}
        rows={buckets.map((bucket, index) => ({ key: bucket.key, title: titles[index]!, cells: [...series.map((line) => line.volume[index]!), totals[index]!] }))} />
    </Panel>
  );
}
