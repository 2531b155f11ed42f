// The popup's "what is happening now": posts, comments, engagement and net sentiment of the last 24 h
// or 7 days with the change against the window before, one volume chart, and the way into the
// dashboard at the same range.
import type { OverviewRange, OverviewView } from '../entrypoints/popup/overview-queries';
import { t, uiLocale } from '../lib/i18n';
import { PopupOverviewChart } from './PopupOverviewChart';
import { PopupOverviewKpi } from './PopupOverviewKpi';

/** The dashboard's analytics view at the overview's range (its rolling presets end with the current hour too). */
export const overviewDashboardHash = (range: OverviewRange) => `#analytics?range=${range}`;

interface Props {
  range: OverviewRange;
  onRange: (range: OverviewRange) => void;
  view?: OverviewView;
  error?: Error;
  dashboardUrl: (hash: string) => string;
  onOpenDashboard: (hash: string) => void;
}

export function PopupOverview({ range, onRange, view, error, dashboardUrl, onOpenDashboard }: Props) {
  const locale = uiLocale();
  // A view of the other range is still on screen for a moment after the toggle: show it as loading.
  const current = view?.range === range ? view : undefined;
  const previousLabel = (value: string) => t(range === '24h' ? 'ov_previous_24h' : 'ov_previous_7d', value);
  const hash = overviewDashboardHash(range);
  return (
    <section class="card overview" data-testid="popup-overview" data-range={range}
      data-from={current ? String(current.from) : undefined} data-to={current ? String(current.to) : undefined}>
      <div class="card-head">
        <h2>{t('ov_title')}</h2>
        <div class="ov-ranges" role="group" aria-label={t('ov_range_label')}>
          <button type="button" data-testid="overview-24h" aria-pressed={range === '24h'} onClick={() => onRange('24h')}>{t('ov_24h')}</button>
          <button type="button" data-testid="overview-7d" aria-pressed={range === '7d'} onClick={() => onRange('7d')}>{t('ov_7d')}</button>
        </div>
      </div>
      {error && <p class="error" role="alert">{t('ov_load_error', error.message)}</p>}
      {!current && !error && <p class="muted ov-loading">{t('popupLoading')}</p>}
      {current && (
        <>
          <div class="ov-kpis">
            <PopupOverviewKpi testId="overview-posts" label={t('kpiPosts')} kind="count" change={current.change.posts} previousLabel={previousLabel} locale={locale} />
            <PopupOverviewKpi testId="overview-comments" label={t('kpiComments')} kind="count" change={current.change.comments} previousLabel={previousLabel} locale={locale} />
            <PopupOverviewKpi testId="overview-engagement" label={t('kpiEngagement')} kind="count" change={current.change.engagement}
              previousLabel={previousLabel} hint={t('ov_engagement_hint')} locale={locale} />
            <PopupOverviewKpi testId="overview-net-sentiment" label={t('ov_net_sentiment')} kind="net" change={current.change.netSentiment}
              previousLabel={previousLabel} hint={t('ov_net_sentiment_hint')} locale={locale} />
          </div>
          <PopupOverviewChart buckets={current.buckets} volume={current.volume} hourly={range === '24h'} locale={locale} />
        </>
      )}
      <a class="ov-open" data-testid="overview-open-dashboard" href={dashboardUrl(hash)} target="_blank" rel="noopener"
        onClick={(event) => { event.preventDefault(); onOpenDashboard(hash); }}>
        {t('ov_open_dashboard')}
      </a>
    </section>
  );
}
