import { describe, expect, it } from 'vitest';
import type { HourlyRollup } from '../db';
import { capturesPerHour, windowStart } from './hourly';

const now = Date.parse('2026-11-26T05:42:10Z');
const rollup = (hour: string, posts: number, comments = 0, trends = 0, platform: HourlyRollup['platform'] = 'weibo'): HourlyRollup =>
  ({ platform, hour, posts, comments, trends });

describe('capturesPerHour', () => {
  it('gives 24 hourly buckets, oldest first, ending with the current hour', () => {
    const buckets = capturesPerHour([], now);
    expect(buckets).toHaveLength(24);
    expect(buckets[0]!.hour).toBe('2026-11-25T06:00:00.000Z');
    expect(buckets[23]!.hour).toBe('2026-11-26T05:00:00.000Z');
    expect(buckets.every((bucket) => bucket.total === 0)).toBe(true);
  });

  it('sums platforms into their hour and counts posts, comments and trends', () => {
    const buckets = capturesPerHour([
      rollup('2026-11-26T05:00:00.000Z', 3, 10, 0, 'weibo'),
      rollup('2026-11-26T05:00:00.000Z', 2, 1, 0, 'x'),
      rollup('2026-11-25T06:00:00.000Z', 0, 0, 50, 'weibo'),
      rollup('2026-11-25T20:00:00.000Z', 4),
    ], now);
    expect(buckets[23]).toMatchObject({ posts: 5, comments: 11, trends: 0, total: 16 });
    expect(buckets[0]).toMatchObject({ trends: 50, total: 50 });
    expect(buckets[14]).toMatchObject({ hour: '2026-11-25T20:00:00.000Z', total: 4 });
    expect(buckets.reduce((sum, bucket) => sum + bucket.total, 0)).toBe(70);
  });

  it('ignores hours outside the window and unreadable hours', () => {
    const buckets = capturesPerHour([
      rollup('2026-11-25T05:00:00.000Z', 99), // 25 hours ago
      rollup('2026-11-26T06:00:00.000Z', 99), // next hour (clock skew)
      rollup('not a time', 99),
    ], now);
    expect(buckets.reduce((sum, bucket) => sum + bucket.total, 0)).toBe(0);
  });

  it('reads from the start of the first bucket', () => {
    expect(windowStart(now)).toBe('2026-11-25T06:00:00.000Z');
  });
});
