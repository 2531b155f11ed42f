// Hand-written records shaped like real adapter output (values modelled on the weibo/x captures
// described in ../shared/docs/platforms.md). Used by the background/ingest tests; not shipped.
import type { CollectorCaptureMessage } from './messages';
import type { Comment, Post, Trend } from './model';

export const CAPTURED_AT = '2024-06-14T12:30:00.000Z';

export function weiboPost(overrides: Partial<Post> = {}): Post {
  return {
    kind: 'post',
    id: 'weibo:4383183661430868',
    platform: 'weibo',
    url: 'https://weibo.com/1669879400/HyTZc60ew',
    author: { id: 'weibo:1669879400', platform: 'weibo', name: 'Dear-迪丽热巴', followers: 78_000_000, verified: true },
    text: '搬完这块砖，就可以吃好吃的了[偷笑][偷笑][偷笑]',
    media: 'image',
    createdAt: '2019-06-14T04:02:11.000Z',
    metrics: { likes: 348872, comments: 95535, shares: 240492 },
    capturedAt: CAPTURED_AT,
    source: 'api',
    lang: 'zh',
    ...overrides,
  };
}

export function weiboComment(overrides: Partial<Comment> = {}): Comment {
  return {
    kind: 'comment',
    id: 'weibo:5045261712492108',
    platform: 'weibo',
    postId: 'weibo:4383183661430868',
    author: { id: 'weibo:7699018096', platform: 'weibo', name: '笙兮97906', followers: 2, verified: false, location: '河北' },
    text: '才本科吗',
    createdAt: '2024-06-14T12:19:51.000Z',
    metrics: { likes: 46, replies: 4 },
    capturedAt: CAPTURED_AT,
    source: 'api',
    ...overrides,
  };
}

export function xPost(overrides: Partial<Post> = {}): Post {
  return {
    kind: 'post',
    id: 'x:1682059498417917952',
    platform: 'x',
    url: 'https://x.com/elonmusk/status/1682059498417917952',
    author: { id: 'x:44196397', platform: 'x', name: 'Elon Musk', handle: 'elonmusk', verified: true },
    text: 'Our headquarters tonight',
    media: 'image',
    createdAt: '2023-07-20T16:57:24.000Z',
    metrics: { likes: 182000, comments: 23000, shares: 15000, views: 41_000_000 },
    capturedAt: CAPTURED_AT,
    source: 'api',
    lang: 'en',
    ...overrides,
  };
}

export function weiboTrend(overrides: Partial<Trend> = {}): Trend {
  return {
    kind: 'trend',
    id: 'weibo:hot:高考作文题',
    platform: 'weibo',
    rank: 1,
    title: '高考作文题',
    heat: 4_873_021,
    url: 'https://s.weibo.com/weibo?q=%23%E9%AB%98%E8%80%83%E4%BD%9C%E6%96%87%E9%A2%98%23',
    capturedAt: CAPTURED_AT,
    ...overrides,
  };
}

export function captureMessage(overrides: Partial<CollectorCaptureMessage> = {}): CollectorCaptureMessage {
  return {
    type: 'collector:capture',
    batchId: 'tab7-1718368200000-1',
    pageUrl: 'https://weibo.com/1669879400/HyTZc60ew',
    records: [weiboPost(), weiboComment()],
    health: [{ adapter: 'weibo', items: 2, errors: 0, skipped: 0 }],
    ...overrides,
  };
}
