import type { TabItem, TabItemsView } from '../lib/analytics/tab-items';
import { formatCount, formatDateTime, formatRelativeTime, t, uiLocale } from '../lib/i18n';
import { platformName } from './platformName';

/** Scraped URLs are data: only http(s) links are rendered, never javascript: or data:. */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

function metricsLine(item: TabItem, locale: string): string {
  const { likes, shares } = item.metrics;
  const comments = item.metrics.comments ?? item.metrics.replies;
  const parts: string[] = [];
  if (likes !== undefined) parts.push(t('metricLikes', formatCount(likes, locale)));
  if (comments !== undefined) parts.push(t('metricComments', formatCount(comments, locale)));
  if (shares !== undefined) parts.push(t('metricShares', formatCount(shares, locale)));
  return parts.join(' · ');
}

function TabItemRow({ item, now, locale }: { item: TabItem; now: number; locale: string }) {
  const href = safeHref(item.url);
  return (
    <li class="item" data-testid="tab-item" data-kind={item.kind} data-id={item.id}>
      <div class="item-head">
        <span class={`kind kind-${item.kind}`}>{t(item.kind === 'post' ? 'kindPost' : 'kindComment')}</span>
        <span class="author" title={item.authorHandle ? `@${item.authorHandle} · ${platformName(item.platform)}` : platformName(item.platform)}>
          {item.authorName}
        </span>
        <time dateTime={item.time} title={formatDateTime(item.time, locale)}>{formatRelativeTime(item.time, now, locale)}</time>
      </div>
      <p class="item-text">{item.text || t('itemNoText')}</p>
      <div class="item-foot">
        <span class="metrics">{metricsLine(item, locale)}</span>
        {href && (
          <a href={href} target="_blank" rel="noopener noreferrer">
            {t('itemOpen')} ↗
          </a>
        )}
      </div>
    </li>
  );
}

interface TabItemsProps {
  /** Undefined when the active tab is not a page we could have captured (new tab, settings…). */
  tabUrl?: string;
  view?: TabItemsView;
  now: number;
}

export function TabItems({ tabUrl, view, now }: TabItemsProps) {
  const locale = uiLocale();
  const total = view?.total ?? 0;
  return (
    <section class="card">
      <div class="card-head">
        <h2>{t('tabTitle')}</h2>
        {tabUrl && (
          <span class="muted" data-testid="tab-count" data-value={String(total)}>
            {t('tabCount', formatCount(total, locale))}
          </span>
        )}
      </div>
      {!tabUrl && <p class="muted">{t('tabUnknown')}</p>}
      {tabUrl && view && total === 0 && <p class="muted">{t('tabNothingYet')}</p>}
      {view && view.items.length > 0 && (
        <ul class="items">
          {view.items.map((item) => <TabItemRow key={item.id} item={item} now={now} locale={locale} />)}
        </ul>
      )}
      {view && total > view.items.length && <p class="muted small">{t('tabShowingNewest', view.items.length)}</p>}
    </section>
  );
}
