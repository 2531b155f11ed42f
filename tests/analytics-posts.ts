// Posts as the dashboard reads them (StoredPost), for the analytics tests: small hand-made ones, and
// real captures parsed by the project's own adapters, stored as ingest would first store them.
import type { StoredPost } from '../lib/db';
import type { CapturedRecord, Post } from '../lib/model';
import { bilibiliAdapter } from '../lib/platforms/bilibili';
import type { Adapter } from '../lib/platforms/types';
import { weiboAdapter } from '../lib/platforms/weibo';
import { xAdapter } from '../lib/platforms/x';
import { sharedJson } from './shared-fixtures';

let serial = 0;

/** A stored post with plain defaults; only what a test cares about needs saying. */
export function storedPost(overrides: Partial<StoredPost> = {}): StoredPost {
  serial += 1;
  const platform = overrides.platform ?? 'weibo';
  return {
    kind: 'post',
    id: `${platform}:p${serial}`,
    platform,
    url: `https://example.com/p${serial}`,
    author: { id: `${platform}:a${serial}`, platform, name: `author ${serial}` },
    text: '',
    media: 'text',
    metrics: {},
    source: 'api',
    capturedAt: '2026-11-26T05:00:00.000Z',
    firstSeenAt: '2026-11-26T05:00:00.000Z',
    lastSeenAt: '2026-11-26T05:00:00.000Z',
    seenOn: [],
    ...overrides,
  };
}

/** What ingest stores the first time it sees a post. */
export function asStored(post: Post, firstSeenAt = post.capturedAt): StoredPost {
  return { ...post, firstSeenAt, lastSeenAt: firstSeenAt, seenOn: [post.url] };
}

function parsedPosts(adapter: Adapter, fixture: string, url: string, capturedAt: string): StoredPost[] {
  const { records } = adapter.fromResponse!(sharedJson(fixture), { url, capturedAt });
  return records.filter((record: CapturedRecord): record is Post => record.kind === 'post').map((post) => asStored(post));
}

/** m.weibo.cn user timeline of Dear-迪丽热巴, June 2019: 10 own posts + 1 reposted original. */
export const weiboTimelinePosts = () => parsedPosts(weiboAdapter, 'weibo/mweibocn_container_getIndex_user_weibo_2019.json',
  'https://m.weibo.cn/api/container/getIndex?type=uid&value=1669879400&containerid=1076031669879400', '2019-06-15T02:00:00.000Z');

/** X SearchTimeline for "Tesla", July 2026. */
export const xSearchPosts = () => parsedPosts(xAdapter, 'twitter/raw_search.json',
  'https://x.com/i/api/graphql/q1d/SearchTimeline?variables=%7B%7D', '2026-11-26T05:00:00.000Z');

/** X UserTweets of @XDevelopers, with retweeted originals. */
export const xUserPosts = () => parsedPosts(xAdapter, 'twitter/raw_user_tweets.json',
  'https://x.com/i/api/graphql/q1d/UserTweets?variables=%7B%7D', '2026-11-26T05:00:00.000Z');

/** Bilibili video search for 火影忍者 (TikHub forwarding the site's body), 2026. */
export const bilibiliSearchPosts = () => parsedPosts(bilibiliAdapter, 'bilibili/tikhub_bilibili_web_search_2026.json',
  'https://api.bilibili.com/x/web-interface/wbi/search/type?search_type=video&keyword=%E7%81%AB%E5%BD%B1%E5%BF%8D%E8%80%85&page=1', '2026-11-26T05:00:00.000Z');
