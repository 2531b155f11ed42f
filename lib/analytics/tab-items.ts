import type { StoredComment, StoredPost } from '../db';
import type { Metrics, Platform } from '../model';

export interface TabItem {
  id: string;
  kind: 'post' | 'comment';
  platform: Platform;
  authorName: string;
  authorHandle?: string;
  text: string;
  url?: string;
  /** When it was posted if known, else when it was first captured. */
  time: string;
  metrics: Metrics;
}

export interface TabItemsView {
  total: number;
  items: TabItem[];
}

export const TAB_ITEMS_SHOWN = 50;

function toItem(record: StoredPost | StoredComment): TabItem {
  const text = record.kind === 'post' && record.title && !record.text ? record.title : record.text;
  return {
    id: record.id,
    kind: record.kind,
    platform: record.platform,
    authorName: record.author?.name ?? '',
    authorHandle: record.author?.handle,
    text: text ?? '',
    url: record.url,
    time: record.createdAt ?? record.firstSeenAt,
    metrics: record.metrics ?? {},
  };
}

/** Posts and comments seen on one tab, newest first, at most `limit` of them, with the full count. */
export function tabItems(
  posts: readonly StoredPost[],
  comments: readonly StoredComment[],
  limit = TAB_ITEMS_SHOWN,
): TabItemsView {
  const items = [...posts, ...comments]
    .map(toItem)
    .sort((a, b) => (Date.parse(b.time) || 0) - (Date.parse(a.time) || 0));
  return { total: items.length, items: items.slice(0, limit) };
}

/** Tab URLs the record may have been stored under: as is, and without the #fragment SPAs add. */
export function tabUrlVariants(url: string): string[] {
  const withoutHash = url.split('#')[0] ?? url;
  return withoutHash === url ? [url] : [url, withoutHash];
}
