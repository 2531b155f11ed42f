import { describe, expect, it } from 'vitest';
import {
  MAX_SEEN_ON, appendSeenOn, firstSeen, mergeAuthor, mergeComment, mergeMetrics, mergePost, mergeText, mergeTrend, sameMetrics,
} from './merge';
import { CAPTURED_AT, weiboComment, weiboPost, weiboTrend, xPost } from './test-records';

const PAGE = 'https://weibo.com/1669879400/HyTZc60ew';
const OTHER_PAGE = 'https://weibo.com/u/1669879400';
const NOW = '2024-06-14T12:31:00.000Z';
const LATER = '2024-06-14T13:00:00.000Z';

describe('mergeText', () => {
  const cut = '今天发布会上的新品真的太惊艳了，尤其是续航和影像，我已经下单了…全文';
  const full = '今天发布会上的新品真的太惊艳了，尤其是续航和影像，我已经下单了，等到货再来详细测评。';

  it('keeps the long-text expansion whichever source read it', () => {
    expect(mergeText({ text: cut, source: 'api' }, { text: full, source: 'dom' })).toBe(full);
    expect(mergeText({ text: full, source: 'dom' }, { text: cut, source: 'api' })).toBe(full);
  });

  it('treats "Show more" / ellipsis tails and whitespace differences as the same prefix', () => {
    const cutX = 'Big news from the team today.\n\nWe are shipping … Show more';
    const fullX = 'Big news from the team today. We are shipping the new app to everyone next week.';
    expect(mergeText({ text: cutX, source: 'dom' }, { text: fullX, source: 'api' })).toBe(fullX);
  });

  it('lets the better source win a real conflict, even when shorter', () => {
    const apiText = '新品发布 [心]';
    const domText = '新品发布 ❤ 以及页面上多出来的翻译按钮文字';
    expect(mergeText({ text: domText, source: 'dom' }, { text: apiText, source: 'api' })).toBe(apiText);
    expect(mergeText({ text: apiText, source: 'api' }, { text: domText, source: 'dom' })).toBe(apiText);
    expect(mergeText({ text: apiText, source: 'embedded' }, { text: domText, source: 'api' })).toBe(domText);
  });

  it('takes the longer text on a conflict between equal sources', () => {
    expect(mergeText({ text: 'short one', source: 'api' }, { text: 'a different and longer one', source: 'api' })).toBe('a different and longer one');
    expect(mergeText({ text: 'a different and longer one', source: 'api' }, { text: 'short one', source: 'api' })).toBe('a different and longer one');
  });

  it('never trades a text for an empty one', () => {
    expect(mergeText({ text: 'kept', source: 'dom' }, { text: '', source: 'api' })).toBe('kept');
    expect(mergeText({ text: '', source: 'api' }, { text: 'found', source: 'dom' })).toBe('found');
  });
});

describe('mergeMetrics', () => {
  it('lets newer counts overwrite per metric, and absent metrics never erase', () => {
    expect(mergeMetrics({ likes: 10, comments: 2, views: 900 }, { likes: 12, comments: undefined }, true)).toEqual({ likes: 12, comments: 2, views: 900 });
  });

  it('lets older counts only fill gaps', () => {
    expect(mergeMetrics({ likes: 12 }, { likes: 10, shares: 3 }, false)).toEqual({ likes: 12, shares: 3 });
  });

  it('compares by value, absent ≠ 0', () => {
    expect(sameMetrics({ likes: 1, shares: 2 }, { shares: 2, likes: 1 })).toBe(true);
    expect(sameMetrics({ likes: 1 }, { likes: 1, shares: 0 })).toBe(false);
  });
});

describe('mergeAuthor', () => {
  const stored = { id: 'weibo:7699018096', platform: 'weibo' as const, name: '笙兮97906', followers: 2, location: '河北' };
  it('merges field-wise: preferred defined fields win, the rest is kept', () => {
    expect(mergeAuthor(stored, { id: 'weibo:7699018096', platform: 'weibo', name: '笙兮97906', followers: 5, verified: false }, true))
      .toEqual({ ...stored, followers: 5, verified: false });
    expect(mergeAuthor(stored, { id: 'weibo:7699018096', platform: 'weibo', name: '笙兮', followers: 5, url: 'https://weibo.com/u/7699018096' }, false))
      .toEqual({ ...stored, url: 'https://weibo.com/u/7699018096' });
  });

  it('does not take an empty name', () => {
    expect(mergeAuthor(stored, { ...stored, name: '' }, true).name).toBe('笙兮97906');
  });
});

describe('mergePost', () => {
  const stored = firstSeen(weiboPost({ source: 'dom', media: 'text', metrics: { likes: 348000 }, title: undefined }), PAGE, NOW);

  it('creates the stored row on first sight', () => {
    expect(stored).toMatchObject({ firstSeenAt: NOW, lastSeenAt: NOW, seenOn: [PAGE], metrics: { likes: 348000 } });
    expect('title' in stored).toBe(false);
  });

  it('takes the newer capture\'s counts, keeps first-seen and stored-only fields, extends seenOn', () => {
    const sentiment = { score: 0.6, label: 'positive' as const, confidence: 0.8, aspects: [], version: 'v1' };
    const sentimentCorrection = { label: 'negative' as const, at: NOW };
    const withSentiment = { ...stored, sentiment, sentimentCorrection };
    const merged = mergePost(withSentiment, weiboPost({ capturedAt: LATER, metrics: { likes: 349001, shares: 240500 } }), OTHER_PAGE, LATER);
    expect(merged.metrics).toEqual({ likes: 349001, shares: 240500 });
    expect(merged).toMatchObject({ firstSeenAt: NOW, lastSeenAt: LATER, capturedAt: LATER, seenOn: [PAGE, OTHER_PAGE], source: 'api', media: 'image' });
    expect(merged.sentiment).toEqual(sentiment);
    expect(merged.sentimentCorrection).toEqual(sentimentCorrection);
  });

  it('keeps newer counts when an older capture arrives late, but fills its gaps', () => {
    const newer = mergePost(stored, weiboPost({ capturedAt: LATER, metrics: { likes: 349001 } }), PAGE, LATER);
    const late = mergePost(newer, weiboPost({ capturedAt: CAPTURED_AT, metrics: { likes: 1, comments: 95535 } }), PAGE, LATER);
    expect(late.metrics).toEqual({ likes: 349001, comments: 95535 });
    expect(late.capturedAt).toBe(LATER);
    expect(late.lastSeenAt).toBe(LATER);
  });

  it('fills absent descriptive fields and keeps the better source\'s defined ones', () => {
    const apiRow = firstSeen(xPost({ title: undefined, lang: 'en' }), 'https://x.com/home', NOW);
    const merged = mergePost(apiRow, xPost({ source: 'dom', title: 'Our HQ', lang: 'und', createdAt: '2023-07-20T16:57:00.000Z', capturedAt: LATER }), 'https://x.com/home', LATER);
    expect(merged).toMatchObject({ title: 'Our HQ', lang: 'en', createdAt: '2023-07-20T16:57:24.000Z', source: 'api' });
  });

  it('does not duplicate a page already in seenOn', () => {
    expect(mergePost(stored, weiboPost(), PAGE, NOW).seenOn).toEqual([PAGE]);
  });
});

describe('mergeComment and mergeTrend', () => {
  it('merges comments like posts', () => {
    const stored = firstSeen(weiboComment(), PAGE, NOW);
    const merged = mergeComment(stored, weiboComment({ capturedAt: LATER, metrics: { likes: 50 }, parentId: 'weibo:5045261712492100' }), PAGE, LATER);
    expect(merged).toMatchObject({ metrics: { likes: 50, replies: 4 }, parentId: 'weibo:5045261712492100', postId: 'weibo:4383183661430868' });
  });

  it('takes the newer hot-list position and keeps heat when absent', () => {
    const stored = firstSeen(weiboTrend(), 'https://s.weibo.com/top/summary', NOW);
    const merged = mergeTrend(stored, weiboTrend({ rank: 4, heat: undefined, capturedAt: LATER }), 'https://s.weibo.com/top/summary', LATER);
    expect(merged).toMatchObject({ rank: 4, heat: 4_873_021, firstSeenAt: NOW, lastSeenAt: LATER });
    expect(mergeTrend(merged, weiboTrend({ rank: 9 }), 'https://s.weibo.com/top/summary', LATER).rank).toBe(4);
  });
});

describe('appendSeenOn', () => {
  it('caps the list, dropping the oldest', () => {
    let seenOn: string[] = [];
    for (let page = 0; page < MAX_SEEN_ON + 5; page++) seenOn = appendSeenOn(seenOn, `https://weibo.com/p/${page}`);
    expect(seenOn).toHaveLength(MAX_SEEN_ON);
    expect(seenOn[0]).toBe('https://weibo.com/p/5');
    expect(seenOn.at(-1)).toBe(`https://weibo.com/p/${MAX_SEEN_ON + 4}`);
  });
});
