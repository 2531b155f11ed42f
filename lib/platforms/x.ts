// X / Twitter web GraphQL timelines (TweetDetail, SearchTimeline, UserTweets, Home, List, Likes …)
// → posts and comments. Field paths: ../shared/docs/platforms.md §7; both user layouts are in the corpus.
import { recordId, type Author, type CapturedRecord, type Media, type Metrics } from '../model';
import { parseCount, plausibleCount } from '../parse/count';
import { definedOnly } from './json';
import { htmlToText } from '../parse/html-text';
import { parseTime } from '../parse/time';
import { X_RESPONSE_PATTERNS } from './patterns';
import type { Adapter, ParseContext, ParseResult } from './types';
import { languageOf, xFromDom } from './x-dom';

type JsonObject = Record<string, unknown>;

function asObject(value: unknown): JsonObject | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as JsonObject) : undefined;
}

function asString(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function dig(value: unknown, ...path: string[]): unknown {
  return path.reduce<unknown>((node, key) => asObject(node)?.[key], value);
}

// The timeline sits at a different path in every operation (threaded_conversation_with_injections_v2,
// search_by_raw_query.search_timeline.timeline, user.result.timeline.timeline, …) and the paths move
// when X renames things, so look for `instructions` arrays anywhere near the top instead.
function findInstructions(node: unknown, depth = 0, found: unknown[][] = []): unknown[][] {
  const object = asObject(node);
  if (!object || depth > 8) return found;
  for (const [key, value] of Object.entries(object)) {
    if (key === 'instructions' && Array.isArray(value)) found.push(value);
    else if (asObject(value)) findInstructions(value, depth + 1, found);
  }
  return found;
}

/** Every entry of one instruction: TimelineAddEntries `entries[]`, TimelinePinEntry / ReplaceEntry `entry`, TimelineAddToModule `moduleItems[]`. */
function entriesOf(instruction: unknown): unknown[] {
  const entries = dig(instruction, 'entries');
  const moduleItems = dig(instruction, 'moduleItems');
  const single = dig(instruction, 'entry');
  return [...(Array.isArray(entries) ? entries : []), ...(Array.isArray(moduleItems) ? moduleItems : []), ...(single ? [single] : [])];
}

/** The `itemContent`s of an entry: a single item, or the items of a module (conversation threads, profile conversations). */
function itemContentsOf(entry: unknown): unknown[] {
  const content = dig(entry, 'content') ?? dig(entry, 'item');
  const single = dig(content, 'itemContent');
  const items = dig(content, 'items');
  const fromModule = Array.isArray(items) ? items.map((item) => dig(item, 'item', 'itemContent')) : [];
  return [...(single ? [single] : []), ...fromModule];
}

function mediaOf(tweet: JsonObject, legacy: JsonObject): Media {
  const media = dig(legacy, 'extended_entities', 'media');
  const types = Array.isArray(media) ? media.map((item) => dig(item, 'type')) : [];
  if (types.includes('video') || types.includes('animated_gif')) return 'video';
  if (types.includes('photo')) return 'image';
  return tweet.card ? 'link' : 'text';
}

function sumKnown(...counts: (number | undefined)[]): number | undefined {
  const known = counts.filter((count): count is number => count !== undefined);
  return known.length ? plausibleCount(known.reduce((sum, count) => sum + count, 0)) : undefined;
}

function metricsOf(tweet: JsonObject, legacy: JsonObject): Metrics {
  const replies = parseCount(legacy.reply_count);
  return {
    likes: parseCount(legacy.favorite_count),
    comments: replies,
    replies,
    // A quote is a repost with words added; both carry the tweet to the quoter's followers, so
    // shares = retweets + quotes. (The DOM fallback can only read the repost button's number.)
    shares: sumKnown(parseCount(legacy.retweet_count), parseCount(legacy.quote_count)),
    saves: parseCount(legacy.bookmark_count),
    views: parseCount(dig(tweet, 'views', 'count') ?? dig(tweet, 'ext_views', 'count')),
  };
}

function authorOf(tweet: JsonObject, legacy: JsonObject): Author | undefined {
  const user = asObject(dig(tweet, 'core', 'user_results', 'result'));
  if (!user) return undefined;
  // Newer payloads moved screen_name/name to `core`, older ones keep them in `legacy`.
  const handle = asString(dig(user, 'core', 'screen_name')) ?? asString(dig(user, 'legacy', 'screen_name'));
  const nativeId = asString(user.rest_id) ?? asString(legacy.user_id_str);
  if (!handle || !nativeId) return undefined;
  const verifiedFlags = [user.is_blue_verified, dig(user, 'verification', 'verified'), dig(user, 'legacy', 'verified')];
  const location = asString(dig(user, 'location', 'location')) ?? asString(dig(user, 'legacy', 'location'));
  return definedOnly<Author>({
    id: recordId('x', nativeId),
    platform: 'x',
    name: asString(dig(user, 'core', 'name')) ?? asString(dig(user, 'legacy', 'name')) ?? handle,
    handle,
    url: `https://x.com/${handle}`,
    followers: parseCount(dig(user, 'legacy', 'followers_count') ?? dig(user, 'relationship_counts', 'followers')),
    verified: verifiedFlags.some((flag) => typeof flag === 'boolean') ? verifiedFlags.some((flag) => flag === true) : undefined,
    location,
  });
}

/** Long posts carry the whole text in note_tweet (plain, not entity-escaped); full_text is cut and HTML-escaped (`&amp;`). */
function textOf(tweet: JsonObject, legacy: JsonObject): string {
  const note = asString(dig(tweet, 'note_tweet', 'note_tweet_results', 'result', 'text'));
  return note ?? htmlToText(asString(legacy.full_text) ?? '');
}

/** One tweet object (no wrappers) → a post or, for a reply, a comment; undefined when malformed. */
function recordOf(tweet: JsonObject, ctx: ParseContext): CapturedRecord | undefined {
  const legacy = asObject(tweet.legacy);
  const nativeId = asString(tweet.rest_id) ?? asString(legacy?.id_str);
  if (!legacy || !nativeId) return undefined;
  const author = authorOf(tweet, legacy);
  if (!author) return undefined;
  const common = {
    id: recordId('x', nativeId),
    platform: 'x' as const,
    capturedAt: ctx.capturedAt,
    url: `https://x.com/${author.handle}/status/${nativeId}`,
    author,
    text: textOf(tweet, legacy),
    createdAt: parseTime(legacy.created_at, ctx.capturedAt),
    metrics: definedOnly(metricsOf(tweet, legacy)),
    source: 'api' as const,
    lang: languageOf(legacy.lang),
  };
  const repliedTo = asString(legacy.in_reply_to_status_id_str);
  if (!repliedTo) return definedOnly({ ...common, kind: 'post' as const, media: mediaOf(tweet, legacy) });
  const conversation = asString(legacy.conversation_id_str) ?? repliedTo;
  return definedOnly({
    ...common,
    kind: 'comment' as const,
    postId: recordId('x', conversation),
    parentId: repliedTo === conversation ? undefined : recordId('x', repliedTo),
  });
}

/** Unwraps TweetWithVisibilityResults; undefined for TweetUnavailable / TweetTombstone (nothing to read, not malformed). */
function unwrapTweet(result: unknown): JsonObject | null | undefined {
  const object = asObject(result);
  if (!object) return undefined;
  if (object.__typename === 'TweetWithVisibilityResults') return asObject(object.tweet);
  if (object.__typename === 'TweetUnavailable' || object.__typename === 'TweetTombstone') return null;
  return object;
}

interface Collector {
  records: Map<string, CapturedRecord>;
  skipped: number;
  ctx: ParseContext;
}

function collectTweet(result: unknown, into: Collector, depth = 0): void {
  const tweet = unwrapTweet(result);
  if (tweet === null || depth > 3) return;
  if (!tweet) {
    into.skipped += 1;
    return;
  }
  const retweeted = dig(tweet, 'legacy', 'retweeted_status_result', 'result');
  if (retweeted) {
    // A pure retweet repeats the original as "RT @user: …" with zeroed counts: keep the original
    // tweet (real text, author and counts) and drop the wrapper, so a repost never reads as a new voice.
    collectTweet(retweeted, into, depth + 1);
    return;
  }
  const record = recordOf(tweet, into.ctx);
  if (!record) into.skipped += 1;
  else if (!into.records.has(record.id)) into.records.set(record.id, record);
  // The quoted tweet is a voice of its own (often the brand's post being discussed).
  const quoted = dig(tweet, 'quoted_status_result', 'result');
  if (quoted) collectTweet(quoted, into, depth + 1);
}

function collectItem(itemContent: unknown, into: Collector): void {
  // Promoted tweets are ads bought by someone, not what people say: keeping them would skew
  // share of voice and sentiment, so they are left out (not counted as malformed either).
  if (dig(itemContent, 'promotedMetadata')) return;
  const tweetResults = dig(itemContent, 'tweet_results');
  const isTweet = tweetResults !== undefined || dig(itemContent, 'itemType') === 'TimelineTweet';
  if (!isTweet) return; // users, cursors, prompts, topics: not tweets
  collectTweet(dig(tweetResults, 'result'), into);
}

export function xFromResponse(body: unknown, ctx: ParseContext): ParseResult {
  const into: Collector = { records: new Map(), skipped: 0, ctx };
  for (const instructions of findInstructions(body)) {
    for (const instruction of instructions) {
      for (const entry of entriesOf(instruction)) {
        if (!asObject(entry)) {
          into.skipped += 1;
          continue;
        }
        for (const itemContent of itemContentsOf(entry)) collectItem(itemContent, into);
      }
    }
  }
  return { records: [...into.records.values()], skipped: into.skipped };
}

export const xAdapter: Adapter = {
  name: 'x',
  platform: 'x',
  hosts: ['x.com', 'twitter.com', 'mobile.twitter.com'],
  responsePatterns: X_RESPONSE_PATTERNS,
  fromResponse: xFromResponse,
  fromDom: xFromDom,
};
