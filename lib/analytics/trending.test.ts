import { describe, expect, it } from 'vitest';
import type { StoredTrend } from '../db';
import { trendingFrom, trendKey } from './trending';

const FROM = Date.parse('2026-11-26T00:00:00.000Z');
const TO = Date.parse('2026-11-27T00:00:00.000Z');
let serial = 0;
const trend = (overrides: Partial<StoredTrend>): StoredTrend => {
  serial += 1;
  return {
    kind: 'trend', id: `weibo:hot:${serial}`, platform: 'weibo', rank: 1, title: `t${serial}`, url: `https://s.weibo.com/${serial}`,
    capturedAt: '2026-11-26T05:00:00.000Z', firstSeenAt: '2026-11-26T05:00:00.000Z', lastSeenAt: '2026-11-26T05:00:00.000Z', seenOn: [],
    ...overrides,
  };
};

describe('trendKey', () => {
  it('treats titles differing in case, spacing or Weibo\'s #…# as one topic, per platform', () => {
    expect(trendKey({ platform: 'weibo', title: '#新品 发布#' })).toBe(trendKey({ platform: 'weibo', title: ' 新品  发布 ' }));
    expect(trendKey({ platform: 'x', title: 'Tesla' })).toBe(trendKey({ platform: 'x', title: 'tesla' }));
    expect(trendKey({ platform: 'x', title: 'Tesla' })).not.toBe(trendKey({ platform: 'reddit', title: 'Tesla' }));
  });
});

describe('trendingFrom', () => {
  it('keeps entries seen during [from, to): seen until from counts, first seen at to does not', () => {
    const rows = trendingFrom([
      trend({ title: 'ended at from', firstSeenAt: '2026-11-25T10:00:00.000Z', lastSeenAt: '2026-11-26T00:00:00.000Z' }),
      trend({ title: 'ended before', firstSeenAt: '2026-11-25T10:00:00.000Z', lastSeenAt: '2026-11-25T23:59:59.999Z' }),
      trend({ title: 'spans the range', firstSeenAt: '2026-11-20T00:00:00.000Z', lastSeenAt: '2026-11-30T00:00:00.000Z' }),
      trend({ title: 'starts at to', firstSeenAt: '2026-11-27T00:00:00.000Z', lastSeenAt: '2026-11-27T05:00:00.000Z' }),
    ], FROM, TO, []);
    expect(rows.map((row) => row.title).sort()).toEqual(['ended at from', 'spans the range']);
  });

  it('groups one platform\'s entries of the same title: best rank (its title and link), highest known heat, sightings, seen span', () => {
    const rows = trendingFrom([
      trend({ platform: 'bilibili', id: 'bilibili:popular:BV1', title: '新品 发布', rank: 7, heat: 900, url: 'https://b/1', firstSeenAt: '2026-11-26T02:00:00.000Z', lastSeenAt: '2026-11-26T09:00:00.000Z' }),
      trend({ platform: 'bilibili', id: 'bilibili:weekly:BV1', title: '新品发布', rank: 9, heat: undefined, url: 'https://b/2' }),
      trend({ platform: 'bilibili', id: 'bilibili:rank:BV1', title: '新品  发布', rank: 3, heat: 500, url: 'https://b/3', firstSeenAt: '2026-11-26T04:00:00.000Z', lastSeenAt: '2026-11-26T04:00:00.000Z' }),
      trend({ platform: 'weibo', title: '新品 发布', rank: 4 }),
    ], FROM, TO, []);
    expect(rows).toHaveLength(3); // '新品发布' without the space is another title
    expect(rows[0]).toEqual({
      title: '新品  发布', platform: 'bilibili', url: 'https://b/3', bestRank: 3, heat: 900, sightings: 2,
      firstSeenAt: '2026-11-26T02:00:00.000Z', lastSeenAt: '2026-11-26T09:00:00.000Z',
    });
    expect(rows.map((row) => [row.platform, row.bestRank])).toEqual([['bilibili', 3], ['weibo', 4], ['bilibili', 9]]);
    expect(rows[2]).toMatchObject({ heat: undefined, sightings: 1 });
  });

  it('filters platforms, breaks rank ties by heat (unknown last), and honours the limit', () => {
    const trends = [
      trend({ platform: 'zhihu', title: 'cold', rank: 1 }),
      trend({ platform: 'weibo', title: 'hot', rank: 1, heat: 10 }),
      trend({ platform: 'weibo', title: 'warm', rank: 1, heat: 5 }),
      trend({ platform: 'weibo', title: 'second', rank: 2, heat: 99 }),
    ];
    expect(trendingFrom(trends, FROM, TO, []).map((row) => row.title)).toEqual(['hot', 'warm', 'cold', 'second']);
    expect(trendingFrom(trends, FROM, TO, ['weibo'], 2).map((row) => row.title)).toEqual(['hot', 'warm']);
  });
});
