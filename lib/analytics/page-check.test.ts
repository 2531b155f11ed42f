import { describe, expect, it } from 'vitest';
import type { StoredComment, StoredPost } from '../db';
import type { Aspect } from '../sentiment/aspects';
import type { SentimentLabel } from '../sentiment-store';
import { LISTED_COMMENTS, MIN_SAMPLE, pageCheck, tabPostId } from './page-check';

const PAGE = 'https://weibo.com/7788123456/PfL1aN7kB';
const at = '2026-11-26T05:00:00.000Z';
const brand = { id: 'weibo:7788123456', platform: 'weibo' as const, name: '光合咖啡' };

const post: StoredPost = {
  id: 'weibo:p1', platform: 'weibo', kind: 'post', url: PAGE, author: brand, text: '桂花燕麦拿铁今天上线', media: 'text',
  metrics: {}, capturedAt: at, source: 'api', firstSeenAt: at, lastSeenAt: at, seenOn: [PAGE],
};

let next = 0;
function comment(label: SentimentLabel | undefined, likes: number, over: Partial<StoredComment> = {}): StoredComment {
  next += 1;
  return {
    id: `weibo:c${next}`, platform: 'weibo', kind: 'comment', postId: 'weibo:p1',
    author: { id: `weibo:u${next}`, platform: 'weibo', name: `用户${next}` }, text: `comment ${next}`,
    metrics: { likes }, capturedAt: at, source: 'api', firstSeenAt: at, lastSeenAt: at, seenOn: [PAGE],
    ...(label ? { sentiment: { score: 0, label, confidence: 0.8, aspects: [], version: 'test' } } : {}),
    ...over,
  };
}

describe('tabPostId', () => {
  const urls = [PAGE];
  it('takes the post whose own URL is the tab, even when comments of another post were seen there', () => {
    const other = { id: 'weibo:p2', url: 'https://weibo.com/1/other' };
    expect(tabPostId([other, { id: 'weibo:p1', url: PAGE }], [{ id: 'c', postId: 'weibo:p2' }], urls)).toBe('weibo:p1');
  });

  it('else the post most of the tab\'s comments belong to', () => {
    const comments = [{ id: 'a', postId: 'weibo:p2' }, { id: 'b', postId: 'weibo:p3' }, { id: 'c', postId: 'weibo:p3' }];
    expect(tabPostId([], comments, urls)).toBe('weibo:p3');
  });

  it('else the only post seen there; a timeline of several posts has none', () => {
    expect(tabPostId([{ id: 'weibo:p9', url: 'https://m.weibo.cn/detail/9' }], [], urls)).toBe('weibo:p9');
    expect(tabPostId([{ id: 'weibo:p8', url: 'https://x/8' }, { id: 'weibo:p9', url: 'https://x/9' }], [], urls)).toBeUndefined();
    expect(tabPostId([], [], urls)).toBeUndefined();
  });
});

describe('pageCheck', () => {
  const mixed = () => [
    comment('positive', 400), comment('positive', 30), comment('positive', 2), comment('positive', 0),
    comment('neutral', 5),
    comment('negative', 900, { text: '客服电话打不通', url: 'https://weibo.com/detail/c' }), comment('negative', 12),
  ];

  it('counts the mix with shares and the net sentiment', () => {
    const view = pageCheck('weibo:p1', post, mixed());
    expect(view.mix).toEqual([
      { label: 'positive', count: 4, share: 4 / 7 },
      { label: 'neutral', count: 1, share: 1 / 7 },
      { label: 'negative', count: 2, share: 2 / 7 },
    ]);
    expect(view.sample).toBe(7);
    expect(view.tooFew).toBe(false);
    expect(view.net).toBeCloseTo((4 - 2) / 6);
  });

  it('picks the most-liked negative and positive comments with text, likes and link', () => {
    const view = pageCheck('weibo:p1', post, mixed());
    expect(view.topNegative).toMatchObject({ text: '客服电话打不通', likes: 900, url: 'https://weibo.com/detail/c', label: 'negative' });
    expect(view.topPositive).toMatchObject({ likes: 400, label: 'positive', url: PAGE });
    expect(view.comments.map((c) => c.likes)).toEqual([900, 400, 30, 12, 5, 2, 0]);
  });

  it('counts a user correction instead of the analyzer\'s label, and marks it', () => {
    const rows = mixed();
    rows[0] = { ...rows[0]!, sentimentCorrection: { label: 'negative', at } };
    const view = pageCheck('weibo:p1', post, rows);
    expect(view.mix.map((slice) => slice.count)).toEqual([3, 1, 3]);
    expect(view.net).toBe(0);
    expect(view.comments.find((c) => c.id === rows[0]!.id)).toMatchObject({ label: 'negative', corrected: true });
    // A corrected, never scored comment counts too.
    const fresh = comment(undefined, 1, { sentimentCorrection: { label: 'positive', at } });
    expect(pageCheck('weibo:p1', post, [...rows, fresh]).mix[0]!.count).toBe(4);
  });

  it('leaves the post author\'s own replies and unscored comments out of the verdict, but lists them', () => {
    const reply = comment('negative', 5000, { author: brand });
    const unscored = comment(undefined, 3);
    const view = pageCheck('weibo:p1', post, [...mixed(), reply, unscored]);
    expect(view.sample).toBe(7);
    expect(view.ownReplies).toBe(1);
    expect(view.unscored).toBe(1);
    expect(view.topNegative!.likes).toBe(900);
    expect(view.total).toBe(9);
    expect(view.comments[0]!.id).toBe(reply.id);
    expect(view.comments.find((c) => c.id === unscored.id)!.label).toBeUndefined();
  });

  it(`says too few below ${MIN_SAMPLE} scored comments, and has no net when nothing leans`, () => {
    const view = pageCheck('weibo:p1', undefined, [comment('neutral', 1), comment('neutral', 2)]);
    expect(view.tooFew).toBe(true);
    expect(view.net).toBeUndefined();
    expect(view.topNegative).toBeUndefined();
    expect(view.post).toBeUndefined();
    expect(view.mix.map((slice) => slice.share)).toEqual([0, 1, 0]);
    expect(pageCheck('weibo:p1', post, []).mix.every((slice) => slice.share === 0)).toBe(true);
  });

  it('ranks aspects by how many comments name them, with the negative ones counted', () => {
    const aspectful = (label: SentimentLabel, aspects: Aspect[]) =>
      comment(undefined, 1, { sentiment: { score: 0, label, confidence: 1, aspects, version: 't' } });
    const view = pageCheck('weibo:p1', post, [
      aspectful('negative', ['service', 'price']), aspectful('negative', ['service']), aspectful('positive', ['service']),
      aspectful('positive', ['quality']), aspectful('neutral', ['price']), aspectful('negative', ['safety']),
    ]);
    expect(view.aspects).toEqual([
      { aspect: 'service', count: 3, negative: 2 },
      { aspect: 'price', count: 2, negative: 1 },
      { aspect: 'safety', count: 1, negative: 1 },
    ]);
  });

  it(`lists at most ${LISTED_COMMENTS} comments but counts them all`, () => {
    const many = Array.from({ length: LISTED_COMMENTS + 5 }, (_, i) => comment('positive', i));
    const view = pageCheck('weibo:p1', post, many);
    expect(view.comments).toHaveLength(LISTED_COMMENTS);
    expect(view.total).toBe(LISTED_COMMENTS + 5);
    expect(view.mix[0]!.count).toBe(LISTED_COMMENTS + 5);
  });
});
