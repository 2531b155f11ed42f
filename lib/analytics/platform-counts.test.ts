import { describe, expect, it } from 'vitest';
import { platformCounts } from './platform-counts';

describe('platformCounts', () => {
  it('joins posts and comments per platform, busiest first, leaving out empty platforms', () => {
    expect(platformCounts({ weibo: 3, x: 10, zhihu: 0 }, { weibo: 20, bilibili: 1 })).toEqual([
      { platform: 'weibo', posts: 3, comments: 20, total: 23 },
      { platform: 'x', posts: 10, comments: 0, total: 10 },
      { platform: 'bilibili', posts: 0, comments: 1, total: 1 },
    ]);
  });

  it('orders ties by platform name so the list does not jump', () => {
    expect(platformCounts({ x: 2, weibo: 2 }, {}).map((row) => row.platform)).toEqual(['weibo', 'x']);
  });
});
