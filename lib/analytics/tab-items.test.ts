import { describe, expect, it } from 'vitest';
import type { StoredComment, StoredPost } from '../db';
import { tabItems, tabUrlVariants } from './tab-items';

const author = { id: 'weibo:1', platform: 'weibo' as const, name: '品牌官微', handle: 'brand' };
const stored = { firstSeenAt: '2026-11-26T05:00:00.000Z', lastSeenAt: '2026-11-26T05:00:00.000Z', seenOn: ['https://weibo.com/1/abc'] };

function post(id: string, createdAt?: string): StoredPost {
  return { ...stored, id, platform: 'weibo', kind: 'post', url: `https://weibo.com/1/${id}`, author, text: `post ${id}`,
    media: 'text', createdAt, metrics: { likes: 1 }, capturedAt: stored.firstSeenAt, source: 'api' };
}
function comment(id: string, createdAt?: string): StoredComment {
  return { ...stored, id, platform: 'weibo', kind: 'comment', postId: 'weibo:p1', author, text: `comment ${id}`,
    createdAt, metrics: { likes: 2 }, capturedAt: stored.firstSeenAt, source: 'api' };
}

describe('tabItems', () => {
  it('merges posts and comments newest first, using first capture when the post time is unknown', () => {
    const view = tabItems(
      [post('weibo:p1', '2026-11-26T01:00:00.000Z'), post('weibo:p2')],
      [comment('weibo:c1', '2026-11-26T03:00:00.000Z')],
    );
    expect(view.total).toBe(3);
    expect(view.items.map((item) => [item.id, item.kind])).toEqual([
      ['weibo:p2', 'post'], // firstSeenAt 05:00
      ['weibo:c1', 'comment'],
      ['weibo:p1', 'post'],
    ]);
    expect(view.items[0]).toMatchObject({ authorName: '品牌官微', text: 'post weibo:p2', url: 'https://weibo.com/1/weibo:p2' });
  });

  it('keeps the full count but only the newest `limit` items', () => {
    const posts = Array.from({ length: 60 }, (_, i) => post(`weibo:${i}`, new Date(Date.UTC(2026, 10, 1, 0, i)).toISOString()));
    const view = tabItems(posts, [], 50);
    expect(view.total).toBe(60);
    expect(view.items).toHaveLength(50);
    expect(view.items[0]!.id).toBe('weibo:59');
  });

  it('shows an article title when the post has no text', () => {
    const article = { ...post('weibo:a'), text: '', title: '年度报告' };
    expect(tabItems([article], []).items[0]!.text).toBe('年度报告');
  });
});

describe('tabUrlVariants', () => {
  it('also looks the page up without its #fragment', () => {
    expect(tabUrlVariants('https://x.com/a/status/1#reply')).toEqual(['https://x.com/a/status/1#reply', 'https://x.com/a/status/1']);
    expect(tabUrlVariants('https://x.com/home')).toEqual(['https://x.com/home']);
  });
});
