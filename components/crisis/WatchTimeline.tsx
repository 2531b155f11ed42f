// A watch's hourly mentions (bars) and negative share (line) over 7 days, with a marker per raised flag.
import {
  BarController, BarElement, CategoryScale, Chart, LinearScale, LineController, LineElement, PointElement, Tooltip, Legend,
  type ChartConfiguration,
} from 'chart.js';
import { useRef } from 'preact/hooks';
import { formatCount, formatDateTime, t, uiLocale } from '../../lib/i18n';
import type { TimelineSeries } from './timeline-series';
import { useChart } from '../useChart';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend);


function dayTick(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: 'numeric', day: 'numeric' }).format(Date.parse(iso));
}

/** The flag markers ride on the bar tops; other hours have no point (null). */
export function markerPoints(series: TimelineSeries): (number | null)[] {
  const points = series.hours.map((): number | null => null);
  for (const marker of series.markers) points[marker.index] = series.mentions[marker.index] ?? 0;
  return points;
}

function chartConfig(series: TimelineSeries, canvas: HTMLCanvasElement, locale: string): ChartConfiguration<'bar' | 'line', (number | null)[], string> {
  const style = getComputedStyle(canvas);
  const color = (name: string) => style.getPropertyValue(name).trim();
  const tick = { color: color('--muted'), font: { size: 11 } };
  const markerColours = series.hours.map((_, index) => {
    const marker = series.markers.find((item) => item.index === index);
    return marker ? color(`--level-${marker.level}`) : 'transparent';
  });
  return {
    type: 'bar',
    data: {
      labels: series.hours,
      datasets: [
        { type: 'bar', label: t('crisis_timelineMentions'), data: series.mentions, yAxisID: 'y',
          backgroundColor: color('--accent'), borderRadius: 1, barPercentage: 1, categoryPercentage: 0.9, order: 3 },
        { type: 'line', label: t('crisis_timelineNegative'), data: series.negativeShare, yAxisID: 'share',
          borderColor: color('--negative'), backgroundColor: color('--negative'), borderWidth: 1.5, pointRadius: 0, spanGaps: false, tension: 0.25, order: 2 },
        { type: 'line', label: t('crisis_timelineFlags'), data: markerPoints(series), yAxisID: 'y', showLine: false,
          pointStyle: 'triangle', pointRadius: 7, pointHoverRadius: 9, pointBackgroundColor: markerColours,
          pointBorderColor: color('--card'), backgroundColor: color('--level-orange'), order: 1 },
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      interaction: { mode: 'index', intersect: false },
      plugins: {
        legend: { labels: { color: color('--muted'), boxWidth: 10, font: { size: 11 } } },
        tooltip: { callbacks: { title: (items) => formatDateTime(series.hours[items[0]?.dataIndex ?? 0] ?? '', locale) } },
      },
      scales: {
        x: { grid: { display: false }, border: { display: false },
          ticks: { ...tick, maxRotation: 0, autoSkip: false,
            callback: (_value, index) => (index % 24 === 0 ? dayTick(series.hours[index] ?? '', locale) : '') } },
        y: { beginAtZero: true, border: { display: false }, grid: { color: color('--line') }, ticks: { ...tick, precision: 0, maxTicksLimit: 5 } },
        share: { position: 'right', min: 0, max: 100, border: { display: false }, grid: { display: false },
          ticks: { ...tick, maxTicksLimit: 5, callback: (value) => `${value}%` } },
      },
    },
  };
}

export function WatchTimeline({ series, title }: { series: TimelineSeries; title: string }) {
  const locale = uiLocale();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const key = `${series.hours[0]}|${series.mentions.join(',')}|${series.negativeShare.join(',')}|${series.markers.map((m) => `${m.index}${m.level}`).join(',')}`;
  // The flag markers are datasets of their own, so a change rebuilds data and options together.
  useChart(canvasRef, (canvas) => chartConfig(series, canvas, locale), key);

  const summary = t('crisis_timelineSummary', formatCount(series.total, locale), formatCount(series.markers.length, locale));
  return (
    <section class="panel timeline" data-testid="watch-timeline" data-total={String(series.total)} data-markers={String(series.markers.length)}>
      <div class="panel-head">
        <h2>{title}</h2>
        <span class="muted">{summary}</span>
      </div>
      <div class="timeline-box">
        <canvas ref={canvasRef} role="img" aria-label={summary} />
      </div>
      <div class="visually-hidden">
        <table>
          <caption>{summary}</caption>
          <thead><tr><th scope="col">{t('crisis_hour')}</th><th scope="col">{t('crisis_timelineMentions')}</th><th scope="col">{t('crisis_timelineNegative')}</th></tr></thead>
          <tbody>
            {series.hours.map((hour, index) => series.mentions[index] ? (
              <tr key={hour} data-hour={hour}>
                <th scope="row">{formatDateTime(hour, locale)}</th>
                <td>{series.mentions[index]}</td>
                <td>{series.negativeShare[index] ?? '—'}</td>
              </tr>
            ) : null)}
          </tbody>
        </table>
      </div>
    </section>
  );
}
