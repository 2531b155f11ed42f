import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ALL_TIME } from '../../lib/analytics/stats-types';
import { statsRow } from '../../lib/analytics/test-stats';
import { openDb, type EarshotDb } from '../../lib/db';
import { overviewFromStats, overviewWindow, readOverviewWindow } from './overview-queries';

const HOUR = 3_600_000;
// 10:25 UTC: the window ends with the hour now is in, 11:00.
const NOW = Date.parse('2026-11-26T10:25:00.000Z');
const hourIso = (offset: number) => new Date(Date.parse('2026-11-26T10:00:00.000Z') + offset * HOUR).toISOString();

describe('overviewWindow', () => {
  it('ends with the hour now is in and is 24 h or 7 days long', () => {
    expect(overviewWindow('24h', NOW)).toEqual({ from: Date.parse('2026-11-25T11:00:00.000Z'), to: Date.parse('2026-11-26T11:00:00.000Z') });
    expect(overviewWindow('7d', NOW)).toEqual({ from: Date.parse('2026-11-19T11:00:00.000Z'), to: Date.parse('2026-11-26T11:00:00.000Z') });
    // On the hour itself that hour has begun, so it is the last one counted.
    expect(overviewWindow('24h', Date.parse('2026-11-26T10:00:00.000Z')).to).toBe(Date.parse('2026-11-26T11:00:00.000Z'));
  });
});

describe('readOverviewWindow (stats rows only)', () => {
  let db: EarshotDb;
  beforeEach(async () => {
    db = openDb(`overview-${Math.random()}`);
    await db.stats.bulkPut([
      // This window: the current hour and the first hour of the window.
      statsRow(hourIso(0), 'weibo', { posts: 3, comments: 10, engagedPosts: 2, engagement: 500, positive: 4, neutral: 2, negative: 2 }),
      statsRow(hourIso(-23), 'x', { posts: 1, comments: 5, engagedPosts: 1, engagement: 40, negative: 1 }),
      // The previous 24 h: its first and last hours.
      statsRow(hourIso(-24), 'weibo', { posts: 2, comments: 4, engagedPosts: 2, engagement: 100, positive: 1, neutral: 1 }),
      statsRow(hourIso(-47), 'zhihu', { posts: 2, comments: 0, engagedPosts: 1, engagement: 8, positive: 1, neutral: 1 }),
      // Out of both windows: before them, after now's hour, a running total and a watch's rows.
      statsRow(hourIso(-48), 'weibo', { posts: 100, comments: 100, engagedPosts: 100, engagement: 9999, negative: 50 }),
      statsRow(hourIso(1), 'weibo', { posts: 70, comments: 70 }),
      statsRow(ALL_TIME, 'weibo', { posts: 1000, comments: 1000 }),
      { ...statsRow(hourIso(0), 'weibo', { posts: 55, comments: 55 }), scope: 'watch-1' },
    ]);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('counts the last 24 h against the 24 h before, on every platform, and charts it per hour', async () => {
    const view = await readOverviewWindow(db, '24h', NOW);
    expect(view.kpis.posts).toBe(4);
    expect(view.kpis.comments).toBe(15);
    expect(view.kpis.engagement).toBe(540);
    // (4 − 3) ÷ 9 labelled
    expect(view.kpis.netSentiment.value).toBeCloseTo(1 / 9, 12);
    expect(view.change.posts).toMatchObject({ current: 4, previous: 4, delta: 0, relative: 0 });
    expect(view.change.comments).toMatchObject({ current: 15, previous: 4, delta: 11, relative: 11 / 4 });
    expect(view.change.engagement).toMatchObject({ current: 540, previous: 108, delta: 432 });
    // previous: (2 − 0) ÷ 4 labelled
    expect(view.change.netSentiment.previous).toBeCloseTo(0.5, 12);
    expect(view.change.netSentiment.delta).toBeCloseTo(1 / 9 - 0.5, 12);

    expect(view.buckets).toHaveLength(24);
    expect(view.buckets[0]!.start).toBe(view.from);
    expect(view.volume).toHaveLength(24);
    expect(view.volume[0]).toBe(6);
    expect(view.volume[23]).toBe(13);
    expect(view.volume.reduce((sum, value) => sum + value, 0)).toBe(19);
  });

  it('7 days: the previous 7 days hold everything above, the chart has local days', async () => {
    const view = await readOverviewWindow(db, '7d', NOW);
    expect(view.kpis.posts).toBe(4 + 2 + 2 + 100);
    expect(view.change.posts).toMatchObject({ previous: 0, delta: 108, relative: undefined });
    // Nothing before: engagement and net sentiment of the previous 7 days are unknown, so is their change.
    expect(view.change.engagement).toMatchObject({ current: 540 + 108 + 9999, previous: undefined, delta: undefined });
    expect(view.change.netSentiment.delta).toBeUndefined();
    expect(view.volume.reduce((sum, value) => sum + value, 0)).toBe(19 + 6 + 2 + 200);
  });

  it('an empty database: zero counts, unknown engagement and sentiment', async () => {
    await db.stats.clear();
    const view = await readOverviewWindow(db, '24h', NOW);
    expect(view.kpis).toMatchObject({ posts: 0, comments: 0, engagement: undefined });
    expect(view.kpis.netSentiment.value).toBeUndefined();
    expect(view.change.posts).toMatchObject({ delta: 0, relative: undefined });
    expect(view.volume).toEqual(Array(24).fill(0));
  });
});

describe('overviewFromStats', () => {
  it('puts 7 days into local calendar days of the time zone (Shanghai: UTC+8)', () => {
    // 2026-11-26T10:25Z = 18:25 in Shanghai; the window starts 2026-11-19T11:00Z = 19:00 local on the 19th.
    const rows = [
      statsRow('2026-11-19T15:00:00.000Z', 'weibo', { posts: 1 }), // 23:00 on the 19th
      statsRow('2026-11-19T16:00:00.000Z', 'weibo', { comments: 2 }), // 00:00 on the 20th
      statsRow('2026-11-26T10:00:00.000Z', 'bilibili', { posts: 4, comments: 1 }), // 18:00 on the 26th
    ];
    const view = overviewFromStats(rows, '7d', NOW, 'Asia/Shanghai');
    expect(view.buckets.map((bucket) => bucket.key)).toEqual([
      '2026-11-19', '2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26',
    ]);
    expect(view.volume).toEqual([1, 2, 0, 0, 0, 0, 0, 5]);
    expect(view.kpis.posts).toBe(5);
  });
});
