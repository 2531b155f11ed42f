import { describe, expect, it } from 'vitest';
import type { CapturedRecord } from '../model';
import { PageRecords } from './locate-post-records';

const author = { id: 'weibo:1', platform: 'weibo' as const, name: 'a' };
const post = (id: string, url: string): CapturedRecord => ({
  id, platform: 'weibo', kind: 'post', url, author, text: '', media: 'text', metrics: {}, capturedAt: '2024-06-14T12:00:00.000Z', source: 'api',
});

describe('PageRecords', () => {
  it('finds a record from any spelling of its URL, and its URL from its id', () => {
    const records = new PageRecords();
    records.add([post('weibo:1', 'https://weibo.com/1/AbC')]);
    expect(records.idForUrl('/1/AbC?refer_flag=x', 'https://weibo.com/u/1')).toBe('weibo:1');
    expect(records.urlOf('weibo:1')).toBe('https://weibo.com/1/AbC');
    expect(records.idForUrl('https://weibo.com/1/Other')).toBeUndefined();
  });

  it('leaves out trends and records without a URL', () => {
    const records = new PageRecords();
    records.add([
      { id: 'weibo:t1', platform: 'weibo', kind: 'trend', rank: 1, title: '热搜', url: 'https://s.weibo.com/weibo?q=x', capturedAt: '2024-06-14T12:00:00.000Z' },
      { id: 'weibo:c1', platform: 'weibo', kind: 'comment', postId: 'weibo:1', author, text: '', metrics: {}, capturedAt: '2024-06-14T12:00:00.000Z', source: 'api' },
    ]);
    expect(records.size).toBe(0);
  });

  it('follows a record whose URL changed, and forgets the oldest beyond its limit', () => {
    const records = new PageRecords(2);
    records.add([post('weibo:1', 'https://m.weibo.cn/detail/1')]);
    records.add([post('weibo:1', 'https://weibo.com/9/AbC')]);
    expect(records.idForUrl('https://m.weibo.cn/detail/1')).toBeUndefined();
    expect(records.idForUrl('https://weibo.com/9/AbC')).toBe('weibo:1');
    records.add([post('weibo:2', 'https://weibo.com/9/Two'), post('weibo:3', 'https://weibo.com/9/Three')]);
    expect(records.size).toBe(2);
    expect(records.idForUrl('https://weibo.com/9/AbC')).toBeUndefined();
    expect(records.urlOf('weibo:1')).toBeUndefined();
    expect(records.idForUrl('https://weibo.com/9/Three')).toBe('weibo:3');
  });
});
