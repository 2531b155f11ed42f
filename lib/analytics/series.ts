// The dashboard's time series from stats rows (one scope, one range). Stats rows are UTC hours, so a
// row belongs to the bucket that contains its hour's start; hourly buckets are UTC hours labelled in
// local time, daily buckets are local calendar days.
import type { Platform } from '../model';
import { dayKey, defaultTimeZone, hourKey, localDay, startOfLocalDay, startOfNextLocalDay } from './local-time';
import { mentions, onPlatforms } from './sum-stats';
import type { StatsRow } from './stats-types';
import type { PlatformSeries, SentimentSeries, ShareSeries, TimeBucket } from './view-types';

const HOUR_MS = 3_600_000;
/** Up to this span the chart shows hours; longer ranges show days. */
export const HOURLY_UP_TO_MS = 48 * HOUR_MS;

/** Local calendar days covering [from, to); the first and last are cut to the range. */
export function dayBuckets(from: number, to: number, timeZone: string = defaultTimeZone()): TimeBucket[] {
  const buckets: TimeBucket[] = [];
  let day = localDay(from, timeZone);
  let dayStart = startOfLocalDay(day, timeZone);
  while (Math.max(dayStart, from) < to) {
    const next = startOfNextLocalDay(dayStart, day, timeZone);
    buckets.push({ start: Math.max(dayStart, from), end: Math.min(next, to), key: dayKey(day) });
    dayStart = next;
    day += 1;
  }
  return buckets;
}

/** The x axis for [from, to): hours (from the hour containing `from`) when it spans ≤ 48 h, else local days. */
export function timeBuckets(from: number, to: number, timeZone: string = defaultTimeZone()): TimeBucket[] {
  if (!(to > from)) return [];
  if (to - from > HOURLY_UP_TO_MS) return dayBuckets(from, to, timeZone);
  const buckets: TimeBucket[] = [];
  for (let start = Math.floor(from / HOUR_MS) * HOUR_MS; start < to; start += HOUR_MS) {
    buckets.push({ start, end: start + HOUR_MS, key: hourKey(start, timeZone) });
  }
  return buckets;
}

/** The index of the bucket holding the instant, or -1 (buckets are contiguous and ascending). */
export function bucketIndex(buckets: readonly TimeBucket[], at: number): number {
  if (Number.isNaN(at) || buckets.length === 0 || at < buckets[0].start || at >= buckets[buckets.length - 1].end) return -1;
  let low = 0;
  let high = buckets.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (buckets[middle].start <= at) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Each row on the chosen platforms with its bucket; rows outside the buckets (and running totals) are left out. */
export function* rowsInBuckets(rows: readonly StatsRow[], buckets: readonly TimeBucket[], platforms: readonly Platform[]) {
  const included = onPlatforms(platforms);
  const indexOfHour = new Map<string, number>();
  for (const row of rows) {
    if (!included(row)) continue;
    let index = indexOfHour.get(row.hour);
    if (index === undefined) indexOfHour.set(row.hour, (index = bucketIndex(buckets, Date.parse(row.hour))));
    if (index >= 0) yield { row, index };
  }
}

/** Posts + comments per bucket for each platform that has any, the busiest first. */
export function volumeByPlatform(rows: readonly StatsRow[], buckets: readonly TimeBucket[], platforms: readonly Platform[]): PlatformSeries[] {
  const byPlatform = new Map<Platform, number[]>();
  for (const { row, index } of rowsInBuckets(rows, buckets, platforms)) {
    let volume = byPlatform.get(row.platform);
    if (!volume) byPlatform.set(row.platform, (volume = buckets.map(() => 0)));
    volume[index] += mentions(row);
  }
  const total = (volume: number[]) => volume.reduce((sum, value) => sum + value, 0);
  return [...byPlatform]
    .map(([platform, volume]) => ({ platform, volume, total: total(volume) }))
    .filter((series) => series.total > 0)
    .sort((a, b) => b.total - a.total || a.platform.localeCompare(b.platform))
    .map(({ platform, volume }) => ({ platform, volume }));
}

/** Labelled posts and comments per bucket, and net sentiment where anything was labelled. */
export function sentimentSeries(rows: readonly StatsRow[], buckets: readonly TimeBucket[], platforms: readonly Platform[]): SentimentSeries {
  const positive = buckets.map(() => 0);
  const neutral = buckets.map(() => 0);
  const negative = buckets.map(() => 0);
  for (const { row, index } of rowsInBuckets(rows, buckets, platforms)) {
    positive[index] += row.positive;
    neutral[index] += row.neutral;
    negative[index] += row.negative;
  }
  const net = buckets.map((_, index) => {
    const labelled = positive[index] + neutral[index] + negative[index];
    return labelled > 0 ? (positive[index] - negative[index]) / labelled : null;
  });
  return { positive, neutral, negative, net };
}

/**
 * Each watch's share of all watches' mentions per bucket (null where no watch was mentioned), every
 * watch of the map included — one nobody mentioned has a real share of 0 — the most mentioned first.
 */
export function shareOfVoiceSeries(
  rowsByWatch: ReadonlyMap<string, readonly StatsRow[]>, buckets: readonly TimeBucket[], platforms: readonly Platform[],
): ShareSeries[] {
  const all = buckets.map(() => 0);
  const perWatch: { watchId: string; mentions: number[]; total: number }[] = [];
  for (const [watchId, rows] of rowsByWatch) {
    if (!watchId) continue;
    const counts = buckets.map(() => 0);
    for (const { row, index } of rowsInBuckets(rows, buckets, platforms)) counts[index] += mentions(row);
    counts.forEach((count, index) => { all[index] += count; });
    perWatch.push({ watchId, mentions: counts, total: counts.reduce((sum, count) => sum + count, 0) });
  }
  return perWatch
    .sort((a, b) => b.total - a.total || a.watchId.localeCompare(b.watchId))
    .map(({ watchId, mentions: counts }) => ({
      watchId,
      mentions: counts,
      share: counts.map((count, index) => (all[index] > 0 ? count / all[index] : null)),
    }));
}
