// Share of voice over time: one line per watch, its share of all watches' mentions in each step.
import {
  CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip, type ChartConfiguration,
} from 'chart.js';
import type { RefObject } from 'preact';
import { useRef } from 'preact/hooks';
import { shareOfVoiceSeries } from '../../../lib/analytics/series';
import type { StatsRow } from '../../../lib/analytics/stats-types';
import type { ShareSeries, TimeBucket } from '../../../lib/analytics/view-types';
import { t } from '../../../lib/i18n';
import type { Platform } from '../../../lib/model';
import { useChart } from '../../useChart';
import { Panel } from '../Panel';
import { bucketLabels, bucketTitles } from './buckets';
import { ChartTable } from './ChartTable';
import { axisColors, watchColor } from './palette';
import { tickStyle, timeAxis, timeChartOptions } from './time-chart';

Chart.register(LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend);

interface SharePanelProps {
  rowsByWatch: ReadonlyMap<string, readonly StatsRow[]>;
  /** Watch id → name, in the watchlist's order (which also fixes each watch's colour). */
  watchNames: ReadonlyMap<string, string>;
  buckets: readonly TimeBucket[];
  platforms: Platform[];
  locale: string;
  timeZone: string;
}

const percentOf = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);

function chartConfig(series: ShareSeries[], names: ReadonlyMap<string, string>, labels: string[], titles: string[], canvas: HTMLCanvasElement): ChartConfiguration<'line', (number | null)[], string> {
  const colors = axisColors(canvas);
  const order = [...names.keys()];
  return {
    type: 'line',
    data: {
      labels,
      datasets: series.map((line) => {
        const color = watchColor(Math.max(0, order.indexOf(line.watchId)));
        return { label: names.get(line.watchId) ?? line.watchId, data: line.share.map(percentOf), borderColor: color, backgroundColor: color,
          borderWidth: 2, pointRadius: 2, spanGaps: true, cubicInterpolationMode: 'monotone' };
      }),
    },
    options: timeChartOptions(colors, titles, (item) => `${item.dataset.label}: ${item.raw === null ? '—' : `${item.raw}%`}`, {
      x: timeAxis(colors, false),
      y: { min: 0, max: 100, border: { display: false }, grid: { color: colors.line }, ticks: { ...tickStyle(colors), stepSize: 25, callback: (value: string | number) => `${value}%` } },
    }),
  };
}

type ShareChartProps = Omit<SharePanelProps, 'rowsByWatch' | 'platforms'> & { series: ShareSeries[]; canvasRef: RefObject<HTMLCanvasElement | null> };

function ShareChart({ series, watchNames, buckets, locale, timeZone, canvasRef }: ShareChartProps) {
  const labels = bucketLabels(buckets, locale, timeZone);
  const titles = bucketTitles(buckets, locale, timeZone);
  useChart(canvasRef, (canvas) => chartConfig(series, watchNames, labels, titles, canvas), JSON.stringify([labels, series, [...watchNames]]));
  const columns = [t('an_time'), ...series.flatMap((line) => {
    const name = watchNames.get(line.watchId) ?? line.watchId;
    return [t('an_share', name), t('an_mentions', name)];
  })];
  return (
    <>
      <div class="an-chart-box" data-testid="sov-chart"><canvas ref={canvasRef} role="img" aria-label={t('an_sovTitle')} /></div>
      <ChartTable caption={t('an_sovTitle')} columns={columns} rows={buckets.map((bucket, index) => ({
        key: bucket.key, title: titles[index]!,
        cells: series.flatMap((line) => [line.share[index] === null ? '—' : line.share[index]!.toFixed(3), line.mentions[index]!]),
      }))} />
    </>
  );
}

export function SharePanel(props: SharePanelProps) {
  const { rowsByWatch, watchNames, buckets, platforms } = props;
  const series = shareOfVoiceSeries(rowsByWatch, buckets, platforms);
  // The chart lives in a child that mounts only when there are watches; the panel finds it by its canvas.
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const csv = () => ({
    header: [t('an_time'), ...series.flatMap((line) => {
      const name = watchNames.get(line.watchId) ?? line.watchId;
      return [t('an_share', name), t('an_mentions', name)];
    })],
    rows: buckets.map((bucket, index) => [bucket.key, ...series.flatMap((line) => [line.share[index], line.mentions[index]])]),
  });
  return (
    <Panel name="sov" title={t('an_sovTitle')} note={t('an_sovNote')} csv={series.length > 0 ? csv : undefined}
      chart={series.length > 0 ? () => (canvasRef.current ? Chart.getChart(canvasRef.current) : undefined) : undefined}>
      {series.length === 0
        ? <p class="muted empty-line" data-testid="sov-no-watches">{t('an_sovNoWatches')}</p>
        : <ShareChart series={series} watchNames={watchNames} buckets={buckets} locale={props.locale} timeZone={props.timeZone} canvasRef={canvasRef} />}
    </Panel>
  );
}
