import { describe, expect, it } from 'vitest';
import { totalsFromStats } from './totals';

describe('totalsFromStats', () => {
  it('sums posts, comments and engagement over platforms and counts each platform', () => {
    const result = totalsFromStats([
      { platform: 'weibo', posts: 2, comments: 40, engagement: 12_345 },
      { platform: 'x', posts: 1, comments: 0, engagement: 5 },
      { platform: 'zhihu', posts: 0, comments: 2, engagement: 0 },
    ]);
    expect(result.totals).toEqual({ posts: 3, comments: 42, engagement: 12_350 });
    expect(result.postsByPlatform).toEqual({ weibo: 2, x: 1 });
    expect(result.commentsByPlatform).toEqual({ weibo: 40, zhihu: 2 });
  });

  it('is all zeros for an empty database', () => {
    expect(totalsFromStats([])).toEqual({ totals: { posts: 0, comments: 0, engagement: 0 }, postsByPlatform: {}, commentsByPlatform: {} });
  });
});
