// The popup overview: the last 24 h or 7 days against the same length before, from the stats rollup
// (scope '' = everything captured) — one range read of at most 14 days × 24 hours × platforms rows,
// never the records themselves.
import { readStatsRange } from '../../components/analytics/queries';
import { kpiChange, kpisFromStats, previousPeriod } from '../../lib/analytics/kpis';
import { timeBuckets, volumeByPlatform } from '../../lib/analytics/series';
import { EVERYTHING, type StatsRow } from '../../lib/analytics/stats-types';
import type { KpiChange, KpiSet, TimeBucket } from '../../lib/analytics/view-types';
import type { EarshotDb } from '../../lib/db';
import { rollingWindow } from '../../lib/analytics/rolling-window';

export const OVERVIEW_RANGES = ['24h', '7d'] as const;
export type OverviewRange = (typeof OVERVIEW_RANGES)[number];

/** [from, to): the dashboard's rolling window of the same name, so the link opens the same range. */
export const overviewWindow = (range: OverviewRange, now: number) => rollingWindow(range, now);

export interface OverviewView {
  range: OverviewRange;
  from: number;
  to: number;
  kpis: KpiSet;
  change: { posts: KpiChange; comments: KpiChange; engagement: KpiChange; netSentiment: KpiChange };
  /** Hours for 24 h, local days for 7 d; `volume` holds posts + comments per bucket. */
  buckets: TimeBucket[];
  volume: number[];
}

/** The overview from stats rows covering the previous window and this one. */
export function overviewFromStats(rows: readonly StatsRow[], range: OverviewRange, now: number, timeZone?: string): OverviewView {
  const { from, to } = overviewWindow(range, now);
  const previous = previousPeriod(from, to);
  const fromIso = new Date(from).toISOString();
  const toIso = new Date(to).toISOString();
  const previousIso = new Date(previous.from).toISOString();
  // ISO hours compare as strings; the running totals ('all') sort after every hour and fall out.
  const current = rows.filter((row) => row.hour >= fromIso && row.hour < toIso);
  const before = rows.filter((row) => row.hour >= previousIso && row.hour < fromIso);
  const kpis = kpisFromStats(current, []);
  const earlier = kpisFromStats(before, []);
  const buckets = timeBuckets(from, to, timeZone);
  const volume = buckets.map(() => 0);
  for (const series of volumeByPlatform(current, buckets, [])) series.volume.forEach((count, index) => { volume[index] += count; });
  return {
    range, from, to, kpis, buckets, volume,
    change: {
      posts: kpiChange(kpis.posts, earlier.posts),
      comments: kpiChange(kpis.comments, earlier.comments),
      engagement: kpiChange(kpis.engagement, earlier.engagement),
      netSentiment: kpiChange(kpis.netSentiment.value, earlier.netSentiment.value),
    },
  };
}

export async function readOverviewWindow(db: EarshotDb, range: OverviewRange, now: number): Promise<OverviewView> {
  const { from, to } = overviewWindow(range, now);
  const rows = await readStatsRange(db, EVERYTHING, previousPeriod(from, to).from, to);
  return overviewFromStats(rows, range, now);
}
