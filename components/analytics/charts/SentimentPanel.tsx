// Sentiment over time: labelled posts and comments stacked by label, net sentiment as a line on its own axis.
import {
  BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import { useRef } from 'preact/hooks';
import { sentimentSeries } from '../../../lib/analytics/series';
import type { StatsRow } from '../../../lib/analytics/stats-types';
import type { SentimentSeries, TimeBucket } from '../../../lib/analytics/view-types';
import { formatCount, t } from '../../../lib/i18n';
import type { Platform } from '../../../lib/model';
import { useChart } from '../../useChart';
import { Panel } from '../Panel';
import { bucketLabels, bucketTitles } from './buckets';
import { ChartTable } from './ChartTable';
import { axisColors, themeColor } from './palette';
import { countAxis, tickStyle, timeAxis, timeChartOptions } from './time-chart';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend);

interface SentimentPanelProps {
  rows: readonly StatsRow[];
  buckets: readonly TimeBucket[];
  platforms: Platform[];
  locale: string;
  timeZone: string;
}

const LABELS = ['positive', 'neutral', 'negative'] as const;
const percentOf = (net: number | null) => (net === null ? null : Math.round(net * 1000) / 10);

function chartConfig(series: SentimentSeries, labels: string[], titles: string[], canvas: HTMLCanvasElement, locale: string): ChartConfiguration<'bar' | 'line', (number | null)[], string> {
  const colors = axisColors(canvas);
  const fallback = { positive: '#1f9d63', neutral: '#a3abbb', negative: '#d9443a' };
  return {
    type: 'bar',
    data: {
      labels,
      datasets: [
        { type: 'line', label: t('an_kpi_netSentiment'), data: series.net.map(percentOf), yAxisID: 'net',
          borderColor: themeColor(canvas, '--text', '#1b2130'), backgroundColor: themeColor(canvas, '--text', '#1b2130'),
          borderWidth: 1.5, pointRadius: 2, spanGaps: false, cubicInterpolationMode: 'monotone', order: 0 },
        ...LABELS.map((label) => ({
          type: 'bar' as const, label: t(`an_${label}`), data: series[label], yAxisID: 'y', stack: 'sentiment',
          backgroundColor: themeColor(canvas, `--${label}`, fallback[label]), maxBarThickness: 28, order: 1,
        })),
      ],
    },
    options: timeChartOptions(colors, titles, (item) => (item.dataset.yAxisID === 'net'
      ? `${item.dataset.label}: ${item.raw === null ? '—' : `${Number(item.raw) > 0 ? '+' : ''}${item.raw}%`}`
      : `${item.dataset.label}: ${formatCount(Number(item.raw), locale)}`), {
      x: timeAxis(colors, true),
      y: countAxis(colors, true),
      net: { position: 'right' as const, min: -100, max: 100, border: { display: false }, grid: { display: false },
        ticks: { ...tickStyle(colors), stepSize: 50, callback: (value: string | number) => `${Number(value) > 0 ? '+' : ''}${value}%` } },
    }),
  };
}

export function SentimentPanel({ rows, buckets, platforms, locale, timeZone }: SentimentPanelProps) {
  const series = sentimentSeries(rows, buckets, platforms);
  const labels = bucketLabels(buckets, locale, timeZone);
  const titles = bucketTitles(buckets, locale, timeZone);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const chartRef = useChart(canvasRef, (canvas) => chartConfig(series, labels, titles, canvas, locale), JSON.stringify([labels, series]));

  const labelled = series.positive.reduce((sum, value, index) => sum + value + series.neutral[index]! + series.negative[index]!, 0);
  const columns = [t('an_time'), t('an_positive'), t('an_neutral'), t('an_negative'), t('an_kpi_netSentiment')];
  const csv = () => ({
    header: columns,
    rows: buckets.map((bucket, index) => [bucket.key, series.positive[index], series.neutral[index], series.negative[index], series.net[index]]),
  });
  const summary = `${t('an_sentimentTitle')}: ${t('an_kpi_labelledOf', formatCount(labelled, locale))}`;
  return (
    <Panel name="sentiment" title={t('an_sentimentTitle')} note={t('an_sentimentNote')} csv={csv} chart={() => chartRef.current}>
      <div class="an-chart-box" data-testid="sentiment-chart" data-labelled={String(labelled)}>
        <canvas ref={canvasRef} role="img" aria-label={summary} />
        {labelled === 0 && <p class="an-chart-empty muted">{t('an_unknown_sentiment')}</p>}
      </div>
      <ChartTable caption={summary} columns={columns} rows={buckets.map((bucket, index) => ({
        key: bucket.key, title: titles[index]!,
        cells: [series.positive[index]!, series.neutral[index]!, series.negative[index]!, series.net[index] === null ? '—' : series.net[index]!.toFixed(3)],
      }))} />
    </Panel>
  );
}
