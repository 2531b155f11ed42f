// Deterministic mixed records for the ingest benchmark: posts, comments and hot-list trends from
// a few hundred authors, shaped like adapter output.
import type { CapturedRecord, Comment, Platform, Post, Trend } from '../../lib/model';

const CAPTURED_AT = '2026-11-26T08:00:00.000Z';

function author(platform: Platform, n: number) {
  return { id: `${platform}:u${n}`, platform, name: `user ${n}`, followers: 1000 + n * 37, verified: n % 11 === 0 };
}

function post(platform: Platform, n: number): Post {
  return {
    id: `${platform}:p${n}`, platform, kind: 'post', url: `https://example.test/${platform}/${n}`,
    author: author(platform, n % 400), text: `新品发布 launch post number ${n} with some words 还不错`, media: 'text',
    createdAt: CAPTURED_AT, metrics: { likes: n * 3, comments: n % 97, shares: n % 13, views: n * 40 },
    capturedAt: CAPTURED_AT, source: 'api',
  };
}

function comment(platform: Platform, n: number, posts: number): Comment {
  return {
    id: `${platform}:c${n}`, platform, kind: 'comment', postId: `${platform}:p${n % posts}`,
    author: author(platform, (n * 7) % 900), text: `评论 ${n}: 价格有点贵 but the taste is great`,
    createdAt: CAPTURED_AT, metrics: { likes: n % 250, replies: n % 5 }, capturedAt: CAPTURED_AT, source: 'api',
  };
}

function trend(platform: Platform, n: number): Trend {
  return { id: `${platform}:t${n}`, platform, kind: 'trend', rank: (n % 50) + 1, title: `热搜 ${n}`, heat: 100_000 + n, url: `https://example.test/hot/${n}`, capturedAt: CAPTURED_AT };
}

/** `total` records: 25 % posts, 70 % comments, 5 % trends, alternating Weibo and X. */
export function mixedRecords(total: number): CapturedRecord[] {
  const posts = Math.round(total * 0.25);
  const trends = Math.round(total * 0.05);
  const comments = total - posts - trends;
  const platformOf = (n: number): Platform => (n % 2 === 0 ? 'weibo' : 'x');
  return [
    ...Array.from({ length: posts }, (_, n) => post(platformOf(n), n)),
    ...Array.from({ length: comments }, (_, n) => comment(platformOf(n), n, posts)),
    ...Array.from({ length: trends }, (_, n) => trend(platformOf(n), n)),
  ];
}
