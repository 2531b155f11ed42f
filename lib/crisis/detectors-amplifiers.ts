// Amplifiers (anchors A.4 "A" and "S"): big or verified accounts posting negatively, negative posts whose counts
// grow fast between two sightings, and the watch on a captured hot list.
import type { Thresholds } from './thresholds';
import type { WindowItem } from './types';

export interface AmplifierAuthor {
  authorId: string;
  authorName: string;
  followers?: number;
  verified?: boolean;
  /** Negative items by this author in the window. */
  items: number;
  recordIds: string[];
}

export interface FastGrowth {
  recordId: string;
  authorName: string;
  growthPerHour: number;
}

export interface GrowthSignal {
  /** The line a negative post must reach: the configured rate, or the window's p95 growth when that is higher. */
  threshold: number;
  /** p95 of growth over the window's items, when at least MIN_ITEMS_FOR_P95 have a growth. */
  p95?: number;
  posts: FastGrowth[];
}

/** Below this many items with a growth, a percentile says nothing; the configured rate alone decides. */
export const MIN_ITEMS_FOR_P95 = 20;

export function amplifierAuthors(items: readonly WindowItem[], t: Thresholds): AmplifierAuthor[] {
  const byAuthor = new Map<string, AmplifierAuthor>();
  for (const item of items) {
    if (item.label !== 'negative') continue;
    const big = (item.authorFollowers ?? 0) >= t.amplifierFollowers;
    if (!big && !item.authorVerified) continue;
    const key = `${item.platform}:${item.authorId}`;
    const author = byAuthor.get(key) ?? { authorId: item.authorId, authorName: item.authorName, items: 0, recordIds: [] };
    if (item.authorFollowers !== undefined) author.followers = Math.max(author.followers ?? 0, item.authorFollowers);
    if (item.authorVerified) author.verified = true;
    author.items++;
    author.recordIds.push(item.recordId);
    byAuthor.set(key, author);
  }
  return [...byAuthor.values()].sort((a, b) => (b.followers ?? 0) - (a.followers ?? 0) || b.items - a.items);
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

export function growthSignal(items: readonly WindowItem[], t: Thresholds): GrowthSignal {
  const growths = items.map((item) => item.growthPerHour).filter((g): g is number => typeof g === 'number' && Number.isFinite(g)).sort((a, b) => a - b);
  const p95 = growths.length >= MIN_ITEMS_FOR_P95 ? percentile(growths, 0.95) : undefined;
  // A p95 alone is exceeded by 5 % of posts in every window; the configured rate keeps it from firing on a quiet day.
  const threshold = Math.max(t.fastGrowthPerHour, p95 ?? 0);
  const posts = items
    .filter((item) => item.label === 'negative' && typeof item.growthPerHour === 'number' && item.growthPerHour >= threshold)
    .map((item) => ({ recordId: item.recordId, authorName: item.authorName, growthPerHour: item.growthPerHour! }))
    .sort((a, b) => b.growthPerHour - a.growthPerHour);
  return p95 === undefined ? { threshold, posts } : { threshold, p95, posts };
}
