// The analytics dashboard's numbers worked out straight from the captured responses' raw fields,
// independently of the adapters and of lib/analytics: the e2e compares what the dashboard shows
// against these. Only the per-platform definition table (which metrics count as engagement) is
// shared with the product, because that table is the spec.
import { ENGAGEMENT_METRICS, type EngagementMetric, type RateBasis } from '../../lib/analytics/engagement';
import type { Platform } from '../../lib/model';

type Json = any;

/** One post as its response states it: the counts the platform shows, read from their raw fields. */
export interface RawPost {
  id: string;
  platform: Platform;
  counts: Partial<Record<EngagementMetric | 'views', number>>;
  followers?: number;
  author: { id: string; name: string };
  /** Publish time (ms) when the response states an absolute one (Weibo's "06-14" is not: no year). */
  createdAt?: number;
}

export interface RawComment {
  id: string;
  createdAt?: number;
}

/** Absolute times only: "Wed Jul 08 21:59:10 +0000 2026", "Fri Jun 14 20:39:20 +0800 2019". */
export function rawTime(value: unknown): number | undefined {
  if (typeof value !== 'string' || !/\d{4}/.test(value)) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

/** Counts as the APIs send them: numbers, numeric strings, or Weibo's "100万+" (a lower bound: the bound). */
export function rawCount(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const match = /^(\d+(?:\.\d+)?)(万|亿)?\+?$/.exec(value.trim());
  if (!match) return undefined;
  return Math.round(Number(match[1]) * (match[2] === '亿' ? 1e8 : match[2] === '万' ? 1e4 : 1));
}

const defined = <T extends object>(object: T): T =>
  Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;

function weiboPost(status: Json): RawPost | undefined {
  if (!status?.user) return undefined; // a deleted original has no author: nothing to keep
  return {
    id: `weibo:${status.idstr ?? status.id}`,
    platform: 'weibo',
    counts: defined({
      likes: rawCount(status.attitudes_count),
      comments: rawCount(status.comments_count),
      shares: rawCount(status.reposts_count),
      views: rawCount(status.reads_count),
    }),
    followers: rawCount(status.user.followers_count),
    author: { id: `weibo:${status.user.idstr ?? status.user.id}`, name: status.user.screen_name },
    createdAt: rawTime(status.created_at),
  };
}

/** m.weibo.cn getIndex: each status card's post, and the original a repost carries. */
export function weiboTimelineRawPosts(body: Json): RawPost[] {
  const posts: RawPost[] = [];
  for (const card of body.data?.cards ?? []) {
    if (card.card_type !== 9 || !card.mblog) continue;
    for (const status of [card.mblog, card.mblog.retweeted_status]) {
      const post = status ? weiboPost(status) : undefined;
      if (post && !posts.some((seen) => seen.id === post.id)) posts.push(post);
    }
  }
  return posts;
}

/** Weibo comments of a hotflow / buildComments body, nested replies included. */
export function weiboRawComments(body: Json): RawComment[] {
  const roots: Json[] = Array.isArray(body.data) ? body.data : body.data?.data ?? [];
  return roots.flatMap((root) => [root, ...(Array.isArray(root.comments) ? root.comments : [])])
    .map((item) => ({ id: `weibo:${item.idstr ?? item.id}`, createdAt: rawTime(item.created_at) }));
}

function unwrapTweet(result: Json): Json {
  return result?.__typename === 'TweetWithVisibilityResults' ? result.tweet : result;
}

export interface XRawTimeline {
  posts: RawPost[];
  /** Replies: comments, not posts. */
  comments: RawComment[];
}

/**
 * The tweets of a GraphQL timeline that are voices of their own: each non-promoted cell's tweet (for a
 * pure retweet, the original), and any tweet it quotes. Replies are comments.
 */
export function xRawTimeline(body: Json): XRawTimeline {
  const posts: RawPost[] = [];
  const comments: RawComment[] = [];
  const seen = new Set<string>();
  const take = (result: Json, depth: number): void => {
    const tweet = unwrapTweet(result);
    if (!tweet?.legacy || !tweet.rest_id || depth > 3) return;
    if (tweet.legacy.retweeted_status_result?.result) return take(tweet.legacy.retweeted_status_result.result, depth + 1);
    const id = `x:${tweet.rest_id}`;
    if (!seen.has(id)) {
      seen.add(id);
      const legacy = tweet.legacy;
      const user = tweet.core?.user_results?.result ?? {};
      if (legacy.in_reply_to_status_id_str) comments.push({ id, createdAt: rawTime(legacy.created_at) });
      else {
        const retweets = rawCount(legacy.retweet_count);
        const quotes = rawCount(legacy.quote_count);
        posts.push({
          id,
          platform: 'x',
          counts: defined({
            likes: rawCount(legacy.favorite_count),
            comments: rawCount(legacy.reply_count),
            shares: retweets === undefined && quotes === undefined ? undefined : (retweets ?? 0) + (quotes ?? 0),
            saves: rawCount(legacy.bookmark_count),
            views: rawCount(tweet.views?.count),
          }),
          followers: rawCount(user.legacy?.followers_count ?? user.relationship_counts?.followers),
          author: { id: `x:${user.rest_id}`, name: user.core?.name ?? user.legacy?.name },
          createdAt: rawTime(legacy.created_at),
        });
      }
    }
    if (tweet.quoted_status_result?.result) take(tweet.quoted_status_result.result, depth + 1);
  };
  (function walk(node: Json): void {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(walk);
    if (node.tweet_results && !node.promotedMetadata) return take(node.tweet_results.result, 0);
    for (const value of Object.values(node)) walk(value);
  })(body);
  return { posts, comments };
}

/** The platform's counted metrics that the response states, summed; undefined when it states none. */
export function rawEngagement(post: RawPost): number | undefined {
  const known = ENGAGEMENT_METRICS[post.platform].map((metric) => post.counts[metric]).filter((count): count is number => count !== undefined);
  return known.length ? known.reduce((sum, count) => sum + count, 0) : undefined;
}

export function rawRate(post: RawPost, basis: RateBasis): number | undefined {
  const engagement = rawEngagement(post);
  const denominator = basis === 'views' ? post.counts.views : post.followers;
  return engagement === undefined || !denominator ? undefined : engagement / denominator;
}

export type Label = 'positive' | 'neutral' | 'negative';

/** A stored row's sentiment as every view counts it: the user's correction wins over the analyzer. */
export function labelOf(row: { sentiment?: { label: Label }; sentimentCorrection?: { label: Label } }): Label | undefined {
  return row.sentimentCorrection?.label ?? row.sentiment?.label;
}

export interface ExpectedKpis {
  posts: number;
  comments: number;
  engagement: number | undefined;
  rate: { views: { value: number | undefined; posts: number }; followers: { value: number | undefined; posts: number } };
  netSentiment: number | undefined;
}

function meanRate(posts: RawPost[], basis: RateBasis) {
  const rates = posts.map((post) => rawRate(post, basis)).filter((rate): rate is number => rate !== undefined);
  return { value: rates.length ? rates.reduce((sum, rate) => sum + rate, 0) / rates.length : undefined, posts: rates.length };
}

/** KPIs of a set of posts (from the responses) and of the stored rows' sentiment (posts and comments). */
export function expectedKpis(posts: RawPost[], commentCount: number, labelledRows: { sentiment?: any; sentimentCorrection?: any }[]): ExpectedKpis {
  const engagements = posts.map(rawEngagement).filter((value): value is number => value !== undefined);
  const labels = labelledRows.map(labelOf).filter((label): label is Label => label !== undefined);
  const count = (label: Label) => labels.filter((each) => each === label).length;
  return {
    posts: posts.length,
    comments: commentCount,
    engagement: engagements.length ? engagements.reduce((sum, value) => sum + value, 0) : undefined,
    rate: { views: meanRate(posts, 'views'), followers: meanRate(posts, 'followers') },
    netSentiment: labels.length ? (count('positive') - count('negative')) / labels.length : undefined,
  };
}
