// The popup's running totals, summed from the `stats` rollup's ALL_TIME rows (one per platform), so
// opening the popup reads a dozen rows, not every post.
import type { Platform } from '../model';
import type { StatsRow } from './stats-types';

export interface Totals {
  posts: number;
  comments: number;
  /** Sum of each post's engagement by its platform's definition (lib/analytics/engagement.ts), where known. */
  engagement: number;
}

export type CountsByPlatform = Partial<Record<Platform, number>>;

export interface StatsTotals {
  totals: Totals;
  postsByPlatform: CountsByPlatform;
  commentsByPlatform: CountsByPlatform;
}

/** Totals over the running-total rows of one scope (each platform once); platforms with none are left out. */
export function totalsFromStats(rows: Iterable<Pick<StatsRow, 'platform' | 'posts' | 'comments' | 'engagement'>>): StatsTotals {
  const result: StatsTotals = { totals: { posts: 0, comments: 0, engagement: 0 }, postsByPlatform: {}, commentsByPlatform: {} };
  for (const { platform, posts, comments, engagement } of rows) {
    result.totals.posts += posts;
    result.totals.comments += comments;
    result.totals.engagement += engagement;
    if (posts > 0) result.postsByPlatform[platform] = (result.postsByPlatform[platform] ?? 0) + posts;
    if (comments > 0) result.commentsByPlatform[platform] = (result.commentsByPlatform[platform] ?? 0) + comments;
  }
  return result;
}
