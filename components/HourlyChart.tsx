import { useRef } from 'preact/hooks';
import type { HourBucket } from '../lib/analytics/hourly';
import { formatCount, t, uiLocale } from '../lib/i18n';
import { countBarsConfig } from './count-bars';
import { useChart } from './useChart';

export function hourLabel(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { hour: 'numeric' }).format(Date.parse(iso));
}

export interface HourlySeries {
  labels: string[];
  values: number[];
  total: number;
  peak: number;
}

export function hourlySeries(buckets: readonly HourBucket[], locale: string): HourlySeries {
  const values = buckets.map((bucket) => bucket.total);
  return {
    labels: buckets.map((bucket) => hourLabel(bucket.hour, locale)),
    values,
    total: values.reduce((sum, value) => sum + value, 0),
    peak: Math.max(0, ...values),
  };
}

export function HourlyChart({ buckets }: { buckets: readonly HourBucket[] }) {
  const locale = uiLocale();
  const series = hourlySeries(buckets, locale);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const bars = { labels: series.labels, values: series.values, seriesLabel: t('hourlySeries'), maxBarThickness: 9, maxXTicks: 6 };
  useChart(canvasRef, (canvas) => countBarsConfig(bars, canvas), series.values.join(',') + series.labels.join(','));

  const summary = t('hourlySummary', formatCount(series.total, locale), formatCount(series.peak, locale));
  return (
    <section class="card">
      <div class="card-head">
        <h2>{t('hourlyTitle')}</h2>
        <span class="muted" data-testid="hourly-total" data-value={String(series.total)}>
          {t('hourlyTotal', formatCount(series.total, locale))}
        </span>
      </div>
      <div class="chart-box">
        <canvas ref={canvasRef} role="img" aria-label={summary} />
      </div>
      {/* A table ignores width:1px, so the hiding is done by a wrapper. */}
      <div class="visually-hidden">
        <table data-testid="hourly-table">
          <caption>{summary}</caption>
          <thead>
            <tr><th scope="col">{t('hourlyHour')}</th><th scope="col">{t('hourlySeries')}</th></tr>
          </thead>
          <tbody>
            {buckets.map((bucket, index) => (
              <tr key={bucket.hour} data-hour={bucket.hour} data-value={String(bucket.total)}>
                <th scope="row">{series.labels[index]}</th>
                <td>{bucket.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
