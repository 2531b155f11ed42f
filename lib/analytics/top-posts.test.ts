import { describe, expect, it } from 'vitest';
import type { MetricSnapshot } from '../db';
import { storedPost, weiboTimelinePosts } from '../../tests/analytics-posts';
import { describeShared } from '../../tests/shared-fixtures';
import { headlineOf, historyPoints, topPosts } from './top-posts';

describe('headlineOf', () => {
  it('uses the title, else the text on one line, cut at 80 characters without splitting an emoji', () => {
    expect(headlineOf({ title: ' A title ', text: 'body' })).toBe('A title');
    expect(headlineOf({ title: '', text: 'line one\n\n  line   two' })).toBe('line one line two');
    const long = headlineOf({ text: `${'字'.repeat(78)}😀😀😀` });
    expect([...long]).toHaveLength(80);
    expect(long.endsWith('字😀…')).toBe(true);
    expect(headlineOf({ text: '字'.repeat(80) })).toBe('字'.repeat(80));
  });
});

describe('topPosts', () => {
  const rows = topPosts([
    storedPost({ id: 'weibo:small', metrics: { likes: 5, views: 100 } }),
    storedPost({ id: 'weibo:unknown', metrics: { views: 1_000_000 } }),
    storedPost({ id: 'weibo:big', metrics: { likes: 50, comments: 20, shares: 30 }, createdAt: '2026-11-20T08:00:00+08:00', title: 'Big one', text: 'x' }),
    storedPost({ id: 'weibo:zero', metrics: { likes: 0 }, firstSeenAt: '2026-11-24T00:00:00.000Z' }),
  ], 'views');

  it('ranks posts by known engagement and leaves out those whose engagement is unknown', () => {
    expect(rows.map((row) => [row.id, row.engagement])).toEqual([['weibo:big', 100], ['weibo:small', 5], ['weibo:zero', 0]]);
  });

  it('fills headline, time (publish, else first capture), rate by the basis, and an empty history', () => {
    expect(rows[0]).toMatchObject({ headline: 'Big one', at: '2026-11-20T00:00:00.000Z', rate: undefined, history: [] });
    expect(rows[1].rate).toBe(0.05);
    expect(rows[2].at).toBe('2026-11-24T00:00:00.000Z');
  });

  it('breaks ties by newer first and honours the limit', () => {
    const tied = topPosts([
      storedPost({ id: 'weibo:older', metrics: { likes: 1 }, createdAt: '2026-11-01T00:00:00.000Z' }),
      storedPost({ id: 'weibo:newer', metrics: { likes: 1 }, createdAt: '2026-11-02T00:00:00.000Z' }),
    ], 'views', 1);
    expect(tied.map((row) => row.id)).toEqual(['weibo:newer']);
  });
});

describe('historyPoints', () => {
  const post = storedPost({ id: 'xiaohongshu:n1', platform: 'xiaohongshu', metrics: { likes: 9, saves: 4, shares: 100 }, capturedAt: '2026-11-26T06:00:00.000Z' });
  const snapshot = (at: string, metrics: MetricSnapshot['metrics'], postId = post.id): MetricSnapshot => ({ postId, at, metrics });

  it('gives engagement by the platform\'s definition at each snapshot, oldest first, ignoring other posts', () => {
    const points = historyPoints(post, [
      snapshot('2026-11-26T05:00:00.000Z', { likes: 5, saves: 1, shares: 50 }),
      snapshot('2026-11-26T01:00:00.000Z', { likes: 1 }),
      snapshot('2026-11-26T03:00:00.000Z', { views: 10 }),
      snapshot('2026-11-26T02:00:00.000Z', { likes: 999 }, 'xiaohongshu:other'),
    ]);
    // Xiaohongshu counts saves, not shares; a snapshot with no counted metric is unknown, not 0.
    expect(points).toEqual([
      { at: '2026-11-26T01:00:00.000Z', engagement: 1 },
      { at: '2026-11-26T03:00:00.000Z', engagement: undefined },
      { at: '2026-11-26T05:00:00.000Z', engagement: 6 },
    ]);
  });

  it('falls back to the post\'s own counts when it has no snapshots, and to nothing when it has no counts', () => {
    expect(historyPoints(post, [])).toEqual([{ at: '2026-11-26T06:00:00.000Z', engagement: 13 }]);
    expect(historyPoints(storedPost({ metrics: {} }), [])).toEqual([]);
  });
});

describeShared('topPosts', () => {
  it('Weibo timeline 2019: the top post is 这一年，做自己 with 1,049,077 likes and two "100万+" counts', () => {
    const [first, second] = topPosts(weiboTimelinePosts(), 'followers', 2);
    expect(first).toMatchObject({ id: 'weibo:4379188905591760', headline: '这一年，做自己。不要停下努力的步伐。', engagement: 1049077 + 1000000 + 1000000, media: 'image' });
    expect(first.rate).toBe(3049077 / 63356825);
    expect(second).toMatchObject({ id: 'weibo:4378514142544199', engagement: 737551 + 197048 + 1000000 });
  });
});
