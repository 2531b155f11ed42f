// What the popup shows, read through its stable data-testids (DESIGN.md "UI test hooks").
import type { Page } from 'playwright-core';
import { engagementFor } from '../../lib/analytics/engagement';

export interface HealthView {
  items: number;
  errors: number;
  skipped: number;
}

export interface PopupView {
  posts?: number;
  comments?: number;
  engagement?: number;
  platforms: Record<string, number>;
  tabCount?: number;
  tabItemIds: string[];
  health: Record<string, HealthView>;
}

export async function readPopup(page: Page): Promise<PopupView> {
  return page.evaluate(() => {
    const value = (element: Element | null | undefined) => {
      const raw = element?.getAttribute('data-value');
      return raw === null || raw === undefined ? undefined : Number(raw);
    };
    const byTestId = (id: string) => document.querySelector(`[data-testid="${id}"]`);
    const platforms: Record<string, number> = {};
    for (const row of document.querySelectorAll('[data-testid="platform-count"]')) {
      platforms[row.getAttribute('data-platform') ?? '?'] = value(row) ?? Number.NaN;
    }
    const health: Record<string, { items: number; errors: number; skipped: number }> = {};
    for (const row of document.querySelectorAll('[data-testid="health-row"]')) {
      // Columns: source | items | errors | skipped | last capture.
      const [items, errors, skipped] = Array.from(row.querySelectorAll('td[data-value]'), (cell) => value(cell) ?? Number.NaN);
      health[row.getAttribute('data-adapter') ?? '?'] = { items, errors, skipped };
    }
    return {
      posts: value(byTestId('kpi-posts')),
      comments: value(byTestId('kpi-comments')),
      engagement: value(byTestId('kpi-engagement')),
      platforms,
      tabCount: value(byTestId('tab-count')),
      tabItemIds: Array.from(document.querySelectorAll('[data-testid="tab-item"]'), (item) => item.getAttribute('data-id') ?? ''),
      health,
    };
  });
}

/** The same figures computed from the database rows, as the popup should show them. */
export function popupFromRows(posts: readonly any[], comments: readonly any[], tabUrl: string) {
  const platforms: Record<string, number> = {};
  for (const row of [...posts, ...comments]) platforms[row.platform] = (platforms[row.platform] ?? 0) + 1;
  const tabUrls = [tabUrl, tabUrl.split('#')[0]];
  const onTab = [...posts, ...comments].filter((row) => (row.seenOn ?? []).some((url: string) => tabUrls.includes(url)));
  return {
    posts: posts.length,
    comments: comments.length,
    // Each platform's own definition (lib/analytics/engagement.ts); unknown adds nothing.
    engagement: posts.reduce((sum, post) => sum + (engagementFor(post.platform, post.metrics) ?? 0), 0),
    platforms,
    tabIds: onTab.map((row) => row.id as string),
  };
}
