// The posts that drew the most engagement, with their counts over time for a growth sparkline.
// A post whose engagement is unknown cannot be ranked against counted ones, so it is not listed.
import type { MetricSnapshot, StoredPost } from '../db';
import { engagementFor, engagementRate, type RateBasis } from './engagement';
import { recordTime } from './record-time';
import type { HistoryPoint, TopPostRow } from './view-types';

export const POSTS_SHOWN = 10;
const HEADLINE_CHARS = 80;

/** The title, else the start of the text on one line. */
export function headlineOf(post: { title?: string; text: string }): string {
  const line = (post.title?.trim() || post.text).replace(/\s+/g, ' ').trim();
  const chars = [...line]; // code points: never cut an emoji in half
  return chars.length > HEADLINE_CHARS ? `${chars.slice(0, HEADLINE_CHARS - 1).join('')}…` : line;
}

/** Posts with known engagement, most first (ties: newer first); `history` is left for the reader to fill. */
export function topPosts(posts: readonly StoredPost[], basis: RateBasis, limit = POSTS_SHOWN): TopPostRow[] {
  return posts
    .map((post) => ({ post, engagement: engagementFor(post.platform, post.metrics), at: recordTime(post) }))
    .filter((row): row is typeof row & { engagement: number } => row.engagement !== undefined)
    .sort((a, b) => b.engagement - a.engagement || b.at.localeCompare(a.at) || a.post.id.localeCompare(b.post.id))
    .slice(0, limit)
    .map(({ post, engagement, at }) => ({
      id: post.id,
      platform: post.platform,
      url: post.url,
      authorName: post.author.name,
      headline: headlineOf(post),
      media: post.media,
      at,
      engagement,
      rate: engagementRate(post, basis),
      history: [],
    }));
}

/**
 * Engagement at each snapshot of `post`, oldest first. Ingest writes a snapshot only once counts change,
 * so a post never re-counted has none: its own counts are then its one point (as readMetricHistory does).
 */
export function historyPoints(post: StoredPost, snapshots: readonly MetricSnapshot[]): HistoryPoint[] {
  const own = snapshots.filter((snapshot) => snapshot.postId === post.id);
  if (own.length === 0) {
    return Object.keys(post.metrics).length > 0 ? [{ at: post.capturedAt, engagement: engagementFor(post.platform, post.metrics) }] : [];
  }
  return [...own]
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
    .map((snapshot) => ({ at: snapshot.at, engagement: engagementFor(post.platform, snapshot.metrics) }));
}
