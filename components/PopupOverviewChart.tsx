// The overview's one chart: posts + comments per hour (24 h) or per local day (7 d), by when they
// were published. The numbers are also in a visually hidden table for screen readers and tests.
import { useRef } from 'preact/hooks';
import type { TimeBucket } from '../lib/analytics/view-types';
import { formatCount, t } from '../lib/i18n';
import { countBarsConfig } from './count-bars';
import { useChart } from './useChart';

export function bucketLabel(bucket: TimeBucket, hourly: boolean, locale: string, timeZone?: string): string {
  const options: Intl.DateTimeFormatOptions = hourly ? { hour: 'numeric' } : { month: 'numeric', day: 'numeric' };
  return new Intl.DateTimeFormat(locale, { ...options, timeZone }).format(bucket.start);
}

interface Props {
  buckets: readonly TimeBucket[];
  volume: readonly number[];
  hourly: boolean;
  locale: string;
}

export function PopupOverviewChart({ buckets, volume, hourly, locale }: Props) {
  const labels = buckets.map((bucket) => bucketLabel(bucket, hourly, locale));
  const values = [...volume];
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const bars = { labels, values, seriesLabel: t('ov_chart_series'), maxBarThickness: 14, maxXTicks: 8 };
  useChart(canvasRef, (canvas) => countBarsConfig(bars, canvas), values.join(',') + labels.join(','));

  const total = values.reduce((sum, value) => sum + value, 0);
  const summary = t('ov_chart_summary', formatCount(total, locale), formatCount(Math.max(0, ...values), locale));
  return (
    <figure class="ov-chart">
      <figcaption class="muted">{t(hourly ? 'ov_chart_hourly' : 'ov_chart_daily')}</figcaption>
      <div class="chart-box">
        <canvas ref={canvasRef} role="img" aria-label={summary} />
      </div>
      {/* A table ignores width:1px, so the hiding is done by a wrapper. */}
      <div class="visually-hidden">
        <table data-testid="overview-chart" data-total={String(total)}>
          <caption>{summary}</caption>
          <thead>
            <tr><th scope="col">{t('ov_chart_bucket')}</th><th scope="col">{t('ov_chart_series')}</th></tr>
          </thead>
          <tbody>
            {buckets.map((bucket, index) => (
              <tr key={bucket.key} data-testid="overview-bucket" data-key={bucket.key} data-value={String(values[index])}>
                <th scope="row">{labels[index]}</th>
                <td>{values[index]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
