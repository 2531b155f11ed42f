// Which kind of post works: median engagement (left axis) and median rate (right axis) per media type.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip, type ChartConfiguration } from 'chart.js';
import type { RefObject } from 'preact';
import { useRef } from 'preact/hooks';
import { contentTypePerformance } from '../../../lib/analytics/content-types';
import type { RateBasis } from '../../../lib/analytics/engagement';
import type { ContentTypeRow } from '../../../lib/analytics/view-types';
import type { StoredPost } from '../../../lib/db';
import { t } from '../../../lib/i18n';
import type { Media } from '../../../lib/model';
import { useChart } from '../../useChart';
import { Panel } from '../Panel';
import { themeColors } from './chart-colors';
import { basisLabel, showCount, showPercent } from './format';
import { Empty, Loading } from './states';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

export const mediaName = (media: Media): string => t(`library_media_${media}`);

function chartConfig(rows: ContentTypeRow[], basis: RateBasis, canvas: HTMLCanvasElement): ChartConfiguration<'bar'> {
  const colors = themeColors(canvas);
  const tick = { color: colors.muted, font: { size: 11 } };
  return {
    type: 'bar',
    data: {
      labels: rows.map((row) => mediaName(row.media)),
      datasets: [
        { label: t('an_p_colMedianEngagement'), data: rows.map((row) => row.medianEngagement ?? null), backgroundColor: colors.accent, yAxisID: 'y' },
        { label: `${t('an_p_colMedianRate')} (${basisLabel(basis)}, %)`, data: rows.map((row) => (row.medianRate === undefined ? null : row.medianRate * 100)), backgroundColor: colors.positive, yAxisID: 'rate' },
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      plugins: { legend: { labels: { color: colors.muted, boxWidth: 12 } } },
      scales: {
        x: { grid: { display: false }, ticks: tick },
        y: { beginAtZero: true, position: 'left', grid: { color: colors.line }, ticks: { ...tick, precision: 0 } },
        rate: { beginAtZero: true, position: 'right', grid: { display: false }, ticks: { ...tick, callback: (value) => `${value}%` } },
      },
    },
  };
}

function ContentTypesChart({ rows, basis, canvasRef }: { rows: ContentTypeRow[]; basis: RateBasis; canvasRef: RefObject<HTMLCanvasElement | null> }) {
  useChart(canvasRef, (canvas) => chartConfig(rows, basis, canvas), JSON.stringify([basis, rows]));
  return <div class="chart-box an-chart"><canvas ref={canvasRef} role="img" aria-label={t('an_p_ctTitle')} /></div>;
}

export function ContentTypesPanel({ posts, basis }: { posts?: StoredPost[]; basis: RateBasis }) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const rows = posts ? contentTypePerformance(posts, basis) : undefined;
  const csv = () => ({
    header: [t('an_p_colMedia'), t('an_p_colPosts'), t('an_p_colMedianEngagement'), t('an_p_colEngagedPosts'), `${t('an_p_colMedianRate')} (${basisLabel(basis)})`, t('an_p_colRatePosts')],
    rows: (rows ?? []).map((row) => [mediaName(row.media), row.posts, row.medianEngagement, row.engagedPosts, row.medianRate, row.ratePosts]),
  });
  return (
    <Panel name="content-types" title={t('an_p_ctTitle')} note={t('an_p_ctNote', basisLabel(basis))} csv={csv}
      chart={() => (canvasRef.current ? Chart.getChart(canvasRef.current) : undefined)}>
      {!rows ? <Loading /> : rows.length === 0 ? <Empty /> : (
        <>
          <ContentTypesChart rows={rows} basis={basis} canvasRef={canvasRef} />
          <table class="an-table">
            <thead>
              <tr><th scope="col">{t('an_p_colMedia')}</th><th scope="col" class="num">{t('an_p_colPosts')}</th><th scope="col" class="num">{t('an_p_colMedianEngagement')}</th><th scope="col" class="num">{t('an_p_colMedianRate')}</th></tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.media} data-testid="content-type-row" data-media={row.media}>
                  <th scope="row">{mediaName(row.media)}</th>
                  <td class="num">{showCount(row.posts)}</td>
                  <td class="num">{showCount(row.medianEngagement)} <small class="muted">({t('an_p_nPosts', row.engagedPosts)})</small></td>
                  <td class="num">{showPercent(row.medianRate)} <small class="muted">({t('an_p_nPosts', row.ratePosts)})</small></td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </Panel>
  );
}
