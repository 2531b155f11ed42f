// Tests only: WatchWindows built from a few numbers, so each detector test states the situation it is about.
import type { WatchBucket, WatchWindow, WindowItem } from './types';

export const END = '2026-03-02T10:40:00.000Z';
const HOUR_MS = 3_600_000;
const CURRENT_HOUR = Date.parse('2026-03-02T10:00:00.000Z');

export interface WindowSpec {
  windowHours?: number;
  /** Baseline hour i (0 = oldest): mentions and captured; labelled = mentions, negative = share × mentions. */
  baseline?: (hour: number) => Partial<WatchBucket>;
  /** Captured records in the window (spread over its hours). */
  captured: number;
  items: WindowItem[];
  hotList?: WatchWindow['hotList'];
}

/** 7 days of steady browsing: 100 records an hour, 4–6 mentions (≈ 5 %), 10 % of them negative. */
export const steadyBaseline = (hour: number): Partial<WatchBucket> => {
  const mentions = 4 + (hour % 3);
  return { mentions, captured: 100, labelled: mentions, negative: hour % 2 ? 1 : 0 };
};

export function makeWindow({ windowHours = 1, baseline = steadyBaseline, captured, items, hotList = [] }: WindowSpec): WatchWindow {
  const baselineHours = 7 * 24;
  const buckets: WatchBucket[] = [];
  for (let i = 0; i < baselineHours + windowHours; i++) {
    const t = new Date(CURRENT_HOUR - (baselineHours + windowHours - 1 - i) * HOUR_MS).toISOString();
    if (i < baselineHours) {
      buckets.push({ t, mentions: 0, labelled: 0, negative: 0, captured: 0, ...baseline(i) });
    } else {
      const share = 1 / windowHours;
      const labelled = items.filter((item) => item.label).length;
      const negative = items.filter((item) => item.label === 'negative').length;
      buckets.push({ t, mentions: Math.round(items.length * share), labelled: Math.round(labelled * share), negative: Math.round(negative * share), captured: Math.round(captured * share) });
    }
  }
  return { watchId: 'w1', windowHours, end: END, buckets, items, hotList };
}

let serial = 0;
/** One mention; distinct author and text unless given. */
export function item(overrides: Partial<WindowItem> = {}): WindowItem {
  const n = ++serial;
  return {
    recordId: `weibo:${n}`,
    kind: 'comment',
    platform: 'weibo',
    text: `第${n}条普通评论 ${n * 7919}`,
    url: `https://weibo.com/p/${n}`,
    firstSeenAt: new Date(Date.parse(END) - (n % 30) * 60_000).toISOString(),
    authorId: `a${n}`,
    authorName: `user${n}`,
    authorFollowers: 120,
    likes: n % 17,
    label: 'neutral',
    ...overrides,
  };
}

export const items = (count: number, overrides: Partial<WindowItem> = {}) => Array.from({ length: count }, () => item(overrides));
