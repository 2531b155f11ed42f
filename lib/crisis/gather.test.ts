import { afterEach, describe, expect, it } from 'vitest';
import type { StoredComment, StoredPost, StoredTrend } from '../db';
import { weiboComment, weiboPost, weiboTrend, xPost } from '../test-records';
import type { Watch } from '../watch/types';
import { BASELINE_HOURS, gatherWindow, growthPerHour } from './gather';
import type { RadarDb } from './radar-db';
import { openRadarTestDb } from './test-radar-db';
import { windowHoursFor } from './window-hours';

const NOW = new Date('2026-11-26T12:20:00.000Z');
let db: RadarDb;
afterEach(() => db?.close());

function watch(overrides: Partial<Watch> = {}): Watch {
  return {
    id: 'w1', name: 'Acme', kind: 'brand', terms: ['acme'], exclude: [], platforms: [], sensitivity: 'medium',
    createdAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-01T00:00:00.000Z', ...overrides,
  };
}

type Extra = { watchIds?: string[] };
function stored<T extends object>(record: T, firstSeenAt: string, extra: Partial<StoredPost> & Extra = {}) {
  return { ...record, firstSeenAt, lastSeenAt: firstSeenAt, seenOn: ['https://weibo.com/u/1'], ...extra };
}

describe('windowHoursFor', () => {
  it('is 1 h unless every counted platform is slow', () => {
    expect(windowHoursFor([])).toBe(1);
    expect(windowHoursFor(['weibo'])).toBe(1);
    expect(windowHoursFor(['zhihu', 'x'])).toBe(1);
    expect(windowHoursFor(['instagram'])).toBe(1);
    expect(windowHoursFor(['zhihu', 'wechat', 'reddit', 'youtube', 'bilibili', 'xiaohongshu'])).toBe(24);
  });
});

describe('growthPerHour', () => {
  it('is the engagement gained per hour between the last two snapshots', () => {
    expect(growthPerHour([
      { postId: 'p', at: '2026-11-26T09:00:00.000Z', metrics: { likes: 1 } },
      { postId: 'p', at: '2026-11-26T10:00:00.000Z', metrics: { likes: 10, comments: 0 } },
      { postId: 'p', at: '2026-11-26T10:30:00.000Z', metrics: { likes: 100, comments: 10, shares: 0 } },
    ])).toBe(200);
    expect(growthPerHour([{ postId: 'p', at: '2026-11-26T10:00:00.000Z', metrics: { likes: 5 } }])).toBeUndefined();
  });
});

describe('gatherWindow', () => {
  it('builds 7 days + the window of hourly buckets from the watch rollups and the browsing volume of its platforms', async () => {
    db = openRadarTestDb();
    await db.watchRollups.bulkPut([
      { watchId: 'w1', hour: '2026-11-26T12:00:00.000Z', mentions: 12, labelled: 10, negative: 6, positive: 1 },
      { watchId: 'w1', hour: '2026-11-25T03:00:00.000Z', mentions: 2, labelled: 2, negative: 0, positive: 1 },
      { watchId: 'w2', hour: '2026-11-26T12:00:00.000Z', mentions: 99, labelled: 0, negative: 0, positive: 0 },
      // Older than the baseline: not read.
      { watchId: 'w1', hour: '2026-11-10T12:00:00.000Z', mentions: 50, labelled: 0, negative: 0, positive: 0 },
    ]);
    await db.rollups.bulkPut([
      { platform: 'weibo', hour: '2026-11-26T12:00:00.000Z', posts: 100, comments: 300, trends: 50 },
      { platform: 'x', hour: '2026-11-26T12:00:00.000Z', posts: 7, comments: 0, trends: 0 },
      { platform: 'weibo', hour: '2026-11-25T03:00:00.000Z', posts: 10, comments: 0, trends: 0 },
    ]);
    const window = await gatherWindow(db, watch({ platforms: ['weibo'] }), NOW);
    expect(window.windowHours).toBe(1);
    expect(window.end).toBe(NOW.toISOString());
    expect(window.buckets).toHaveLength(BASELINE_HOURS + 1);
    expect(window.buckets[0].t).toBe('2026-11-19T12:00:00.000Z');
    expect(window.buckets.at(-1)).toEqual({ t: '2026-11-26T12:00:00.000Z', mentions: 12, labelled: 10, negative: 6, captured: 450 });
    expect(window.buckets.find((bucket) => bucket.t === '2026-11-25T03:00:00.000Z')).toMatchObject({ mentions: 2, captured: 10 });
    expect(window.buckets.reduce((sum, bucket) => sum + bucket.mentions, 0)).toBe(14);

    const everywhere = await gatherWindow(db, watch(), NOW);
    expect(everywhere.buckets.at(-1)?.captured).toBe(457);
  });

  it('lists the matching posts and comments first seen in the window, as the detectors see them', async () => {
    db = openRadarTestDb();
    await db.watchRollups.put({ watchId: 'w1', hour: '2026-11-26T12:00:00.000Z', mentions: 3, labelled: 3, negative: 2, positive: 0 });
    const sentiment = { score: 0.6, label: 'positive' as const, confidence: 0.8, aspects: [], version: 'v' };
    await db.posts.bulkPut([
      stored(weiboPost({ id: 'weibo:1', text: 'acme 质量太差', metrics: { likes: 500, comments: 10, shares: 0 } }), '2026-11-26T12:05:00.000Z', {
        watchIds: ['w1'], sentiment, sentimentCorrection: { label: 'negative', at: '2026-11-26T12:10:00.000Z' }, historyStarted: true,
      }) as StoredPost,
      // Matches another watch only / first seen before the window.
      stored(weiboPost({ id: 'weibo:2' }), '2026-11-26T12:06:00.000Z', { watchIds: ['w2'] }) as StoredPost,
      stored(weiboPost({ id: 'weibo:3' }), '2026-11-26T11:59:59.000Z', { watchIds: ['w1'] }) as StoredPost,
      stored(weiboPost({ id: 'weibo:4' }), '2026-11-26T12:07:00.000Z') as StoredPost,
    ]);
    await db.snapshots.bulkPut([
      { postId: 'weibo:1', at: '2026-11-26T12:05:00.000Z', metrics: { likes: 100, comments: 10, shares: 0 } },
      { postId: 'weibo:1', at: '2026-11-26T12:15:00.000Z', metrics: { likes: 500, comments: 10, shares: 0 } },
    ]);
    const { url: _url, ...comment } = weiboComment({ id: 'weibo:c1', text: 'acme 退款', author: { id: 'weibo:9', platform: 'weibo', name: '大V', followers: 1_200_000, verified: true } });
    await db.comments.put(stored(comment, '2026-11-26T12:01:00.000Z', { watchIds: ['w2', 'w1'], sentiment: { ...sentiment, label: 'negative' } }) as StoredComment);

    const { items } = await gatherWindow(db, watch(), NOW);
    expect(items.map((item) => item.recordId)).toEqual(['weibo:c1', 'weibo:1']);
    expect(items[0]).toEqual({
      recordId: 'weibo:c1', kind: 'comment', platform: 'weibo', text: 'acme 退款', url: 'https://weibo.com/u/1',
      firstSeenAt: '2026-11-26T12:01:00.000Z', authorId: 'weibo:9', authorName: '大V', authorFollowers: 1_200_000,
      authorVerified: true, likes: 46, label: 'negative',
    });
    // The user's correction wins; 400 interactions gained in 10 minutes.
    expect(items[1]).toMatchObject({ label: 'negative', likes: 500, url: 'https://weibo.com/1669879400/HyTZc60ew', growthPerHour: 2400 });
  });

  it('reads no rows when the rollups show no mention in the window', async () => {
    db = openRadarTestDb();
    await db.posts.put(stored(weiboPost(), '2026-11-26T12:05:00.000Z', { watchIds: ['w1'] }) as StoredPost);
    expect((await gatherWindow(db, watch(), NOW)).items).toEqual([]);
  });

  it('uses a 24 h window for a watch on slow platforms only, and keeps to its platforms', async () => {
    db = openRadarTestDb();
    await db.watchRollups.put({ watchId: 'w1', hour: '2026-11-25T14:00:00.000Z', mentions: 2, labelled: 0, negative: 0, positive: 0 });
    await db.posts.bulkPut([
      stored(xPost({ id: 'zhihu:1', platform: 'zhihu' }), '2026-11-25T14:10:00.000Z', { watchIds: ['w1'] }) as StoredPost,
      stored(xPost({ id: 'x:1' }), '2026-11-25T14:10:00.000Z', { watchIds: ['w1'] }) as StoredPost,
      stored(xPost({ id: 'zhihu:old', platform: 'zhihu' }), '2026-11-25T12:59:00.000Z', { watchIds: ['w1'] }) as StoredPost,
    ]);
    const window = await gatherWindow(db, watch({ platforms: ['zhihu', 'reddit'] }), NOW);
    expect(window.windowHours).toBe(24);
    expect(window.buckets).toHaveLength(BASELINE_HOURS + 24);
    expect(window.buckets.at(-24)?.t).toBe('2026-11-25T13:00:00.000Z');
    expect(window.items.map((item) => item.recordId)).toEqual(['zhihu:1']);
  });

  it('lists the hot-list entries naming the watch that are on the list in the window, by rank', async () => {
    db = openRadarTestDb();
    await db.trends.bulkPut([
      stored(weiboTrend({ id: 'weibo:hot:a', rank: 7, title: 'Acme 退款' }), '2026-11-26T09:00:00.000Z', { watchIds: ['w1'], lastSeenAt: '2026-11-26T12:10:00.000Z' }) as StoredTrend,
      stored(weiboTrend({ id: 'weibo:hot:b', rank: 2, title: 'Acme 门店' }), '2026-11-26T12:02:00.000Z', { watchIds: ['w1'] }) as StoredTrend,
      stored(weiboTrend({ id: 'weibo:hot:old', rank: 1, title: 'Acme old' }), '2026-11-26T08:00:00.000Z', { watchIds: ['w1'] }) as StoredTrend,
      stored(weiboTrend({ id: 'weibo:hot:other', rank: 1 }), '2026-11-26T12:02:00.000Z') as StoredTrend,
    ]);
    const { hotList } = await gatherWindow(db, watch(), NOW);
    expect(hotList.map((entry) => [entry.rank, entry.title])).toEqual([[2, 'Acme 门店'], [7, 'Acme 退款']]);
    expect(hotList[0]).toEqual({ platform: 'weibo', rank: 2, title: 'Acme 门店', url: weiboTrend().url });
  });
});
