import type { HourlyRollup } from '../db';

export interface HourBucket {
  /** Start of the UTC hour, ISO (same shape as HourlyRollup.hour). */
  hour: string;
  posts: number;
  comments: number;
  trends: number;
  total: number;
}

const HOUR_MS = 3_600_000;
export const HOURS_SHOWN = 24;

/**
 * New captures per hour over the last 24 hours, oldest first; the last bucket is the current
 * (partial) hour. Platforms are summed; rollups outside the window are ignored.
 */
export function capturesPerHour(rollups: readonly HourlyRollup[], now: number): HourBucket[] {
  const currentHour = Math.floor(now / HOUR_MS) * HOUR_MS;
  const firstHour = currentHour - (HOURS_SHOWN - 1) * HOUR_MS;
  const buckets: HourBucket[] = Array.from({ length: HOURS_SHOWN }, (_, index) => ({
    hour: new Date(firstHour + index * HOUR_MS).toISOString(),
    posts: 0,
    comments: 0,
    trends: 0,
    total: 0,
  }));
  for (const rollup of rollups) {
    const start = Date.parse(rollup.hour);
    if (Number.isNaN(start)) continue;
    const index = Math.floor((start - firstHour) / HOUR_MS);
    const bucket = buckets[index];
    if (index < 0 || !bucket) continue;
    bucket.posts += rollup.posts;
    bucket.comments += rollup.comments;
    bucket.trends += rollup.trends;
    bucket.total += rollup.posts + rollup.comments + rollup.trends;
  }
  return buckets;
}

/** ISO start of the oldest hour shown: rollups at or after it are the ones to read. */
export function windowStart(now: number): string {
  const currentHour = Math.floor(now / HOUR_MS) * HOUR_MS;
  return new Date(currentHour - (HOURS_SHOWN - 1) * HOUR_MS).toISOString();
}
