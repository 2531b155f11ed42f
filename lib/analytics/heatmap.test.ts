import { describe, expect, it } from 'vitest';
import { storedPost, weiboTimelinePosts, xSearchPosts } from '../../tests/analytics-posts';
import { describeShared, sharedJson } from '../../tests/shared-fixtures';
import { postingHeatmap, weekdayHour } from './heatmap';

const withViews = (createdAt: string | undefined, likes: number, views: number) =>
  storedPost({ createdAt, metrics: { likes, views }, firstSeenAt: '2026-11-20T03:00:00.000Z' });
// 2026-11-23 is a Monday.
const MONDAY_1630_UTC = '2026-11-23T16:30:00.000Z';

describe('weekdayHour', () => {
  it('numbers weekdays from Monday and reads the hour in the given zone', () => {
    expect(weekdayHour(Date.parse(MONDAY_1630_UTC), 'UTC')).toEqual({ weekday: 0, hour: 16 });
    expect(weekdayHour(Date.parse(MONDAY_1630_UTC), 'Asia/Shanghai')).toEqual({ weekday: 1, hour: 0 });
    expect(weekdayHour(Date.parse('2026-11-22T23:59:00.000Z'), 'UTC')).toEqual({ weekday: 6, hour: 23 });
    expect(weekdayHour(Date.parse('2026-11-23T07:00:00.000Z'), 'America/Los_Angeles')).toEqual({ weekday: 6, hour: 23 });
  });
});

describe('postingHeatmap', () => {
  it('always has 168 cells, Monday 0:00 first, weekday-major', () => {
    const { cells, used } = postingHeatmap([], 'views', 'UTC');
    expect(cells).toHaveLength(168);
    expect(cells[0]).toEqual({ weekday: 0, hour: 0, posts: 0, medianRate: undefined });
    expect(cells[25]).toMatchObject({ weekday: 1, hour: 1 });
    expect(cells[167]).toMatchObject({ weekday: 6, hour: 23 });
    expect(used).toBe(0);
  });

  it('puts posts in the cell of their publish time in the zone, with the median rate of the cell', () => {
    const posts = [withViews(MONDAY_1630_UTC, 1, 100), withViews('2026-11-30T16:05:00.000Z', 3, 100), withViews('2026-11-23T16:59:59.000Z', 10, 100)];
    const utc = postingHeatmap(posts, 'views', 'UTC');
    expect(utc.cells[16]).toEqual({ weekday: 0, hour: 16, posts: 3, medianRate: 0.03 });
    expect(utc.used).toBe(3);
    const shanghai = postingHeatmap(posts, 'views', 'Asia/Shanghai');
    expect(shanghai.cells[24]).toMatchObject({ weekday: 1, hour: 0, posts: 3 });
    expect(shanghai.cells[16].posts).toBe(0);
  });

  it('counts posts without a publish time apart (first capture is not when the author posted)', () => {
    const heatmap = postingHeatmap([withViews(undefined, 5, 100), withViews('not a date', 5, 100), withViews(MONDAY_1630_UTC, 5, 100)], 'views', 'UTC');
    expect(heatmap).toMatchObject({ used: 1, withoutTime: 2, withoutRate: 0 });
    // firstSeenAt of the two was Friday 03:00; nothing lands there
    expect(heatmap.cells[4 * 24 + 3].posts).toBe(0);
  });

  it('counts posts without a rate by the basis apart instead of as rate 0', () => {
    const noViews = storedPost({ createdAt: MONDAY_1630_UTC, metrics: { likes: 5 }, author: { id: 'weibo:f', platform: 'weibo', name: 'f', followers: 50 } });
    const unknownEngagement = storedPost({ createdAt: MONDAY_1630_UTC, metrics: { views: 100 } });
    const byViews = postingHeatmap([noViews, unknownEngagement], 'views', 'UTC');
    expect(byViews).toMatchObject({ used: 0, withoutTime: 0, withoutRate: 2 });
    expect(byViews.cells[16]).toMatchObject({ posts: 0, medianRate: undefined });
    const byFollowers = postingHeatmap([noViews, unknownEngagement], 'followers', 'UTC');
    expect(byFollowers.cells[16]).toMatchObject({ posts: 1, medianRate: 0.1 });
  });
});

/** Raw `legacy.created_at` ("Wed Jul 08 21:59:10 +0000 2026") of each tweet in an X GraphQL body. */
function rawCreatedAt(body: unknown): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const object = node as Record<string, any>;
    if (typeof object.rest_id === 'string' && typeof object.legacy?.created_at === 'string') found.set(`x:${object.rest_id}`, object.legacy.created_at);
    Object.values(object).forEach(walk);
  };
  walk(body);
  return found;
}

describeShared('postingHeatmap', () => {
  it('X search: each tweet lands in the UTC weekday and hour of its raw created_at', () => {
    const posts = xSearchPosts();
    const raw = rawCreatedAt(sharedJson('twitter/raw_search.json'));
    expect(raw.get('x:2074976613713031490')).toBe('Wed Jul 08 21:59:10 +0000 2026');
    const heatmap = postingHeatmap(posts, 'views', 'UTC');
    expect(heatmap).toMatchObject({ used: posts.length, withoutTime: 0, withoutRate: 0 });
    const wednesday21 = posts.filter((post) => /^Wed \w+ \d+ 21:/.test(raw.get(post.id)!));
    expect(wednesday21.length).toBeGreaterThan(1);
    expect(heatmap.cells[2 * 24 + 21].posts).toBe(wednesday21.length);
    // The same tweet is Thursday 05:59 in Beijing.
    const shanghai = postingHeatmap(posts.filter((post) => post.id === 'x:2074976613713031490'), 'views', 'Asia/Shanghai');
    expect(shanghai.cells[3 * 24 + 5]).toEqual({ weekday: 3, hour: 5, posts: 1, medianRate: (312 + 11 + 30) / 25900 });
  });

  it('Weibo 2019: "06-14"-style dates are China midnights; no views, so by views nothing is placed', () => {
    const posts = weiboTimelinePosts();
    const byFollowers = postingHeatmap(posts, 'followers', 'Asia/Shanghai');
    expect(byFollowers.used).toBe(11);
    expect(byFollowers.cells.filter((cell) => cell.posts > 0).every((cell) => cell.hour === 0)).toBe(true);
    expect(postingHeatmap(posts, 'views', 'Asia/Shanghai')).toMatchObject({ used: 0, withoutRate: 11 });
  });
});
