import { describe, expect, it } from 'vitest';
import { storedPost, weiboTimelinePosts, xSearchPosts } from '../../tests/analytics-posts';
import { describeShared } from '../../tests/shared-fixtures';
import { contentTypePerformance } from './content-types';

describe('contentTypePerformance', () => {
  it('gives one row per media type present, in a fixed order, with medians of the known values only', () => {
    const rows = contentTypePerformance([
      storedPost({ media: 'video', metrics: { likes: 10, views: 100 } }),
      storedPost({ media: 'image', metrics: { likes: 1, comments: 2, views: 30 } }),
      storedPost({ media: 'video', metrics: { likes: 30, shares: 10, views: 1000 } }),
      storedPost({ media: 'video', metrics: {} }), // counted as a post, but its engagement is unknown, not 0
      storedPost({ media: 'image', metrics: { likes: 0, comments: 0 } }), // known: 0, but no views
    ], 'views');
    expect(rows.map((row) => row.media)).toEqual(['image', 'video']);
    expect(rows[1]).toEqual({ media: 'video', posts: 3, medianEngagement: 25, engagedPosts: 2, medianRate: (0.1 + 0.04) / 2, ratePosts: 2 });
    expect(rows[0]).toEqual({ media: 'image', posts: 2, medianEngagement: 1.5, engagedPosts: 2, medianRate: 0.1, ratePosts: 1 });
  });

  it('leaves medians unknown when no post has the number, and uses the chosen rate basis', () => {
    const posts = [storedPost({ media: 'article', metrics: { views: 500 }, author: { id: 'web:a', platform: 'web', name: 'a', followers: 40 } })];
    expect(contentTypePerformance(posts, 'views')[0]).toMatchObject({ medianEngagement: undefined, engagedPosts: 0, medianRate: undefined, ratePosts: 0 });
    const engaged = [storedPost({ media: 'text', metrics: { likes: 8, views: 400 }, author: { id: 'weibo:a', platform: 'weibo', name: 'a', followers: 80 } })];
    expect(contentTypePerformance(engaged, 'followers')[0].medianRate).toBe(0.1);
    expect(contentTypePerformance(engaged, 'views')[0].medianRate).toBe(0.02);
    expect(contentTypePerformance([], 'views')).toEqual([]);
  });
});

describeShared('contentTypePerformance', () => {
  it('Weibo timeline 2019: 7 image, 1 text, 2 video, 1 link posts; no views, so no rate by views', () => {
    const rows = contentTypePerformance(weiboTimelinePosts(), 'views');
    expect(rows.map(({ media, posts }) => [media, posts])).toEqual([['text', 1], ['image', 7], ['video', 2], ['link', 1]]);
    // The two videos: 279961+55541+174601 and 229303+30720+867586 (likes + comments + reposts).
    expect(rows.find((row) => row.media === 'video')).toMatchObject({ medianEngagement: (510103 + 1127609) / 2, engagedPosts: 2 });
    expect(rows.every((row) => row.medianRate === undefined && row.ratePosts === 0)).toBe(true);
  });

  it('Weibo timeline 2019 by followers: every post has its author\'s follower count', () => {
    const text = contentTypePerformance(weiboTimelinePosts(), 'followers').find((row) => row.media === 'text');
    // 大家一起电影院约起来啊～～～ by Dear-迪丽热巴 (63,356,825 followers)
    expect(text).toMatchObject({ posts: 1, ratePosts: 1, medianRate: (111320 + 10456 + 11226) / 63356825 });
  });

  it('X search: every result has views, so every post gets a rate by views', () => {
    const posts = xSearchPosts();
    const rows = contentTypePerformance(posts, 'views');
    expect(rows.reduce((sum, row) => sum + row.posts, 0)).toBe(posts.length);
    expect(rows.every((row) => row.ratePosts === row.posts && row.engagedPosts === row.posts)).toBe(true);
    expect(rows.map((row) => row.media)).toEqual(['text', 'image', 'video', 'link']);
  });
});
