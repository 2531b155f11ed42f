// What the dashboard reads from the background's database: stats rows for a time range (the rollup kept
// at ingest), and the posts published in a range through the `postedAt` index — never every record.
import Dexie from 'dexie';
import type { EarshotDb, MetricSnapshot, StoredComment, StoredPost, StoredTrend } from '../../lib/db';
import { readMetricHistory } from '../../lib/metric-history';
import { recordTime } from '../../lib/analytics/record-time';
import { ALL_TIME, EVERYTHING, type StatsRow } from '../../lib/analytics/stats-types';
import type { AnalyticsFilter } from '../../lib/analytics/view-types';
import type { Platform } from '../../lib/model';

const iso = (ms: number) => new Date(ms).toISOString();

/** One scope's rows for the hours in [from, to). */
export function readStatsRange(db: EarshotDb, scope: string, from: number, to: number): Promise<StatsRow[]> {
  return db.stats.where('[scope+hour+platform]').between([scope, iso(from), Dexie.minKey], [scope, iso(to), Dexie.minKey]).toArray();
}

/** Each watch's rows for [from, to), for share of voice. */
export async function readWatchRows(db: EarshotDb, watchIds: readonly string[], from: number, to: number): Promise<Map<string, StatsRow[]>> {
  const lists = await Promise.all(watchIds.map((watchId) => readStatsRange(db, watchId, from, to)));
  return new Map(watchIds.map((watchId, index) => [watchId, lists[index]]));
}

/** The running totals (every platform) of one scope. */
export function readAllTimeStats(db: EarshotDb, scope = EVERYTHING): Promise<StatsRow[]> {
  return db.stats.where('[scope+hour+platform]').between([scope, ALL_TIME, Dexie.minKey], [scope, ALL_TIME, Dexie.maxKey]).toArray();
}

/** When recording started (start of the first hour, scope ''), and the platforms anything was recorded on. */
export async function readStatsExtent(db: EarshotDb): Promise<{ firstHour: number | undefined; platforms: Platform[] }> {
  const [first, totals] = await Promise.all([
    db.stats.where('[scope+hour+platform]').between([EVERYTHING, Dexie.minKey, Dexie.minKey], [EVERYTHING, ALL_TIME, Dexie.minKey]).first(),
    readAllTimeStats(db),
  ]);
  const platforms = totals.filter((row) => row.posts + row.comments > 0).map((row) => row.platform);
  return { firstHour: first ? Date.parse(first.hour) : undefined, platforms };
}

function inFilter(filter: Pick<AnalyticsFilter, 'platforms' | 'watchId'>) {
  return (row: StoredPost | StoredComment) =>
    (filter.platforms.length === 0 || filter.platforms.includes(row.platform)) && (!filter.watchId || (row.watchIds ?? []).includes(filter.watchId));
}

/** Posts whose time (publish, else first capture) is in [from, to), on the filter's platforms and watch. */
export function readPostsInRange(db: EarshotDb, filter: AnalyticsFilter): Promise<StoredPost[]> {
  return db.posts.where('postedAt').between(iso(filter.from), iso(filter.to), true, false).filter(inFilter(filter)).toArray();
}

/**
 * Comments of the filter, for the raw export only: comments have no time index (it would cost every
 * capture), so this walks them once; their time is their publish time, else first capture.
 */
export function readCommentsInRange(db: EarshotDb, filter: AnalyticsFilter): Promise<StoredComment[]> {
  const from = iso(filter.from);
  const to = iso(filter.to);
  const matches = inFilter(filter);
  return db.comments.filter((row) => {
    const at = recordTime(row);
    return at >= from && at < to && matches(row);
  }).toArray();
}

/** Hot-list entries seen during [from, to). */
export function readTrendsInRange(db: EarshotDb, from: number, to: number): Promise<StoredTrend[]> {
  const start = iso(from);
  const end = iso(to);
  return db.trends.filter((row) => row.lastSeenAt >= start && row.firstSeenAt < end).toArray();
}

/** Metric histories of a few posts (the top posts' sparklines). */
export async function readHistories(db: EarshotDb, posts: readonly StoredPost[]): Promise<Map<string, MetricSnapshot[]>> {
  const lists = await Promise.all(posts.map((post) => readMetricHistory(db, post)));
  return new Map(posts.map((post, index) => [post.id, lists[index]]));
}
