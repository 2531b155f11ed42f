// What the analytics view reads, each as its own live query so the KPIs and charts (small stats reads)
// show before the posts of the range (a larger read) have arrived. Every result carries the filter it
// was read for: while a new filter's read is running, the old result stays on screen but counts as stale.
import { previousPeriod } from '../../../lib/analytics/kpis';
import type { StatsRow } from '../../../lib/analytics/stats-types';
import type { AnalyticsFilter } from '../../../lib/analytics/view-types';
import type { EarshotDb, StoredPost, StoredTrend } from '../../../lib/db';
import { readPostsInRange, readStatsRange, readTrendsInRange, readWatchRows } from '../../../components/analytics/queries';
import { useLiveQuery } from '../../../components/useLiveQuery';

export interface StatsReads {
  /** The filter these rows were read for (the charts' buckets follow it, not a newer filter still loading). */
  filter: AnalyticsFilter;
  current: StatsRow[];
  /** Undefined when there is no previous period to compare with (all time). */
  previous: StatsRow[] | undefined;
  watchRows: Map<string, StatsRow[]>;
  previousWatchRows: Map<string, StatsRow[]> | undefined;
}

interface Keyed<T> {
  key: string;
  value: T;
}

export interface AnalyticsData {
  /** The latest stats read, possibly for an earlier filter (see `fresh`). */
  stats: StatsReads | undefined;
  fresh: boolean;
  /** Posts and hot-list entries of the current filter; undefined while they load. */
  posts: StoredPost[] | undefined;
  trends: StoredTrend[] | undefined;
  error: Error | undefined;
}

async function readStats(db: EarshotDb, filter: AnalyticsFilter, watchIds: readonly string[], compare: boolean): Promise<StatsReads> {
  const before = previousPeriod(filter.from, filter.to);
  const [current, previous, watchRows, previousWatchRows] = await Promise.all([
    readStatsRange(db, filter.watchId, filter.from, filter.to),
    compare ? readStatsRange(db, filter.watchId, before.from, before.to) : undefined,
    readWatchRows(db, watchIds, filter.from, filter.to),
    compare ? readWatchRows(db, watchIds, before.from, before.to) : undefined,
  ]);
  return { filter, current, previous, watchRows, previousWatchRows };
}

const keyed = <T>(key: string, read: () => Promise<T>) => async (): Promise<Keyed<T> | undefined> => ({ key, value: await read() });

/** `filter` is undefined until the range is known (all time waits for the first recorded hour). */
export function useAnalyticsData(db: EarshotDb, filter: AnalyticsFilter | undefined, watchIds: readonly string[], compare: boolean): AnalyticsData {
  const key = JSON.stringify([filter, watchIds, compare]);
  const idle = async () => undefined;
  const stats = useLiveQuery(filter ? keyed(key, () => readStats(db, filter, watchIds, compare)) : idle, [db, key]);
  const posts = useLiveQuery(filter ? keyed(key, () => readPostsInRange(db, filter)) : idle, [db, key]);
  const trends = useLiveQuery(filter ? keyed(key, () => readTrendsInRange(db, filter.from, filter.to)) : idle, [db, key]);
  const current = <T>(result: Keyed<T> | undefined) => (result?.key === key ? result.value : undefined);
  return {
    stats: stats.value?.value,
    fresh: stats.value?.key === key,
    posts: current(posts.value),
    trends: current(trends.value),
    error: stats.error ?? posts.error ?? trends.error,
  };
}
