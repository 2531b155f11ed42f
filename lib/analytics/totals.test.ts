import { describe, expect, it } from 'vitest';
import { commentsByPlatform, sumCounts, tallyPosts, totals } from './totals';

describe('tallyPosts / totals', () => {
  const posts = [
    { platform: 'weibo' as const, metrics: { likes: 12_000, comments: 300, shares: 45, views: 1_000_000 } },
    { platform: 'weibo' as const, metrics: {} },
    { platform: 'x' as const, metrics: { likes: 5, saves: 100 } },
  ];

  it('counts posts per platform and sums likes + comments + shares (not views or saves)', () => {
    const tally = tallyPosts(posts);
    expect(tally.posts).toBe(3);
    expect(tally.engagement).toBe(12_350);
    expect(tally.postsByPlatform).toEqual({ weibo: 2, x: 1 });
  });

  it('adds comment counts across platforms', () => {
    expect(totals(tallyPosts(posts), { weibo: 40, zhihu: 2 })).toEqual({ posts: 3, comments: 42, engagement: 12_350 });
    expect(sumCounts({})).toBe(0);
  });

  it('is all zeros for an empty database', () => {
    expect(totals(tallyPosts([]), {})).toEqual({ posts: 0, comments: 0, engagement: 0 });
  });
});

describe('commentsByPlatform', () => {
  it('sums first-seen comments over every hour and platform, leaving out platforms with none', () => {
    expect(commentsByPlatform([
      { platform: 'weibo', comments: 20 },
      { platform: 'x', comments: 0 },
      { platform: 'weibo', comments: 21 },
      { platform: 'x', comments: 36 },
      { platform: 'zhihu', comments: 0 },
    ])).toEqual({ weibo: 41, x: 36 });
  });
});
