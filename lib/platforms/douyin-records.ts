// Douyin aweme / comment / user / hot-list objects → normalized records. Facts: ../shared/docs/platforms.md §4.
import type { Author, Comment, Media, Metrics, Post, Source, Trend } from '../model';
import { recordId } from '../model';
import { parseCount } from '../parse/count';
import { parseTime } from '../parse/time';
import { field, idField, isObject, type Json, nonEmptyText, objectField, textField } from './douyin-fields';
import { definedOnly } from './json';
import type { ParseContext } from './types';

const SITE = 'https://www.douyin.com';
// aweme_type 68 is an image post (图文) in the 2026 search capture; 2 is the older image type.
const IMAGE_AWEME_TYPES = new Set([2, 68]);

/** A count where 0 is what the web sends for "not disclosed" (play_count, follower_count in search). */
function positiveCount(value: unknown): number | undefined {
  const count = parseCount(value);
  return count ? count : undefined;
}

/** Profiles show "IP属地：广东"; comments carry the bare region in `ip_label`. */
function location(value: string | undefined): string | undefined {
  const bare = value?.replace(/^IP属地[:：]\s*/, '').trim();
  return bare ? bare : undefined;
}

/**
 * Verified accounts (blue or yellow V) carry the reason the badge shows. `is_verified` and
 * `verification_type: 1` are set on ordinary accounts too, so they say nothing.
 */
export function verified(user: Json): boolean | undefined {
  const custom = textField(user, 'custom_verify');
  const enterprise = textField(user, 'enterprise_verify_reason');
  if (custom === undefined && enterprise === undefined) return undefined;
  return Boolean(custom?.trim() || enterprise?.trim());
}

export function toAuthor(user: unknown, ipLabel?: string): Author | undefined {
  if (!isObject(user)) return undefined;
  const uid = idField(user, 'uid', 'sec_uid');
  if (!uid) return undefined;
  const secUid = idField(user, 'sec_uid');
  return definedOnly<Author>({
    id: recordId('douyin', uid),
    platform: 'douyin',
    name: nonEmptyText(user, 'nickname') ?? uid,
    handle: nonEmptyText(user, 'unique_id') ?? idField(user, 'short_id'),
    url: secUid ? `${SITE}/user/${secUid}` : undefined,
    followers: positiveCount(field(user, 'follower_count')),
    verified: verified(user),
    location: location(ipLabel ?? textField(user, 'ip_location')),
  });
}

function mediaOf(aweme: Json): Media {
  const images = field(aweme, 'images');
  const imageCount = Array.isArray(images) ? images.length : 0;
  const type = parseCount(field(aweme, 'aweme_type'));
  return imageCount > 0 || (type !== undefined && IMAGE_AWEME_TYPES.has(type)) ? 'image' : 'video';
}

function metricsOf(aweme: Json): Metrics {
  const stats = objectField(aweme, 'statistics', 'stats') ?? {};
  return definedOnly<Metrics>({
    likes: parseCount(field(stats, 'digg_count')),
    comments: parseCount(field(stats, 'comment_count')),
    shares: parseCount(field(stats, 'share_count')),
    saves: parseCount(field(stats, 'collect_count')),
    // The web API always sends play_count 0: the real figure is not disclosed there.
    views: positiveCount(field(stats, 'play_count')),
  });
}

export function awemeUrl(id: string, media: Media): string {
  return `${SITE}/${media === 'image' ? 'note' : 'video'}/${id}`;
}

/** One aweme (video or image post). `pageAuthor` stands in on user pages, whose post list has none. */
export function toPost(aweme: unknown, ctx: ParseContext, source: Source, pageAuthor?: Author): Post | undefined {
  if (!isObject(aweme)) return undefined;
  const id = idField(aweme, 'aweme_id', 'group_id');
  const author = toAuthor(objectField(aweme, 'author', 'author_info')) ?? pageAuthor;
  if (!id || !author) return undefined;
  const media = mediaOf(aweme);
  return definedOnly<Post>({
    id: recordId('douyin', id),
    platform: 'douyin',
    kind: 'post',
    url: awemeUrl(id, media),
    author,
    text: (textField(aweme, 'desc') ?? '').trim(),
    media,
    // The 2020 iesdouyin lists have no create_time at all: then the time stays unknown.
    createdAt: parseTime(field(aweme, 'create_time'), ctx.capturedAt),
    metrics: metricsOf(aweme),
    capturedAt: ctx.capturedAt,
    source,
  });
}

/** Where a comment list came from (Douyin and TikTok, one company's API, share the comment shape). */
export interface CommentPlace {
  /** Native aweme/item id, when the request says it (comment/list `aweme_id`, reply list `item_id`). */
  postId?: string;
  /** Native cid of the comment whose replies these are (reply list `comment_id`). */
  parentId?: string;
}

/**
 * `reply_id` is the root comment a reply sits under ("0" on a root), `reply_to_reply_id` the reply
 * it answers inside that thread; the nearest one is the parent.
 */
export function parentOf(item: Json, place: CommentPlace, cid: string): string | undefined {
  const parent = idField(item, 'reply_to_reply_id') ?? idField(item, 'reply_id') ?? place.parentId;
  return parent && parent !== cid ? parent : undefined;
}

/** Text, time and counts of a comment: the fields Douyin and TikTok comments share. */
export function commentBody(item: Json, ctx: ParseContext): Pick<Comment, 'text' | 'createdAt' | 'metrics'> {
  return {
    text: (textField(item, 'text') ?? '').trim(),
    createdAt: parseTime(field(item, 'create_time'), ctx.capturedAt),
    metrics: definedOnly<Metrics>({
      likes: parseCount(field(item, 'digg_count')),
      replies: parseCount(field(item, 'reply_comment_total')),
    }),
  };
}

export function toComment(item: unknown, place: CommentPlace, ctx: ParseContext, source: Source): Comment | undefined {
  if (!isObject(item)) return undefined;
  const cid = idField(item, 'cid');
  const postId = idField(item, 'aweme_id') ?? place.postId;
  const author = toAuthor(field(item, 'user'), textField(item, 'ip_label'));
  if (!cid || !postId || !author) return undefined;
  const parentId = parentOf(item, place, cid);
  return definedOnly<Comment>({
    id: recordId('douyin', cid),
    platform: 'douyin',
    kind: 'comment',
    postId: recordId('douyin', postId),
    parentId: parentId ? recordId('douyin', parentId) : undefined,
    url: `${SITE}/video/${postId}`,
    author,
    ...commentBody(item, ctx),
    capturedAt: ctx.capturedAt,
    source,
  });
}

/**
 * One 抖音热榜 entry (`hot/search/list` word_list). The id is the words themselves, not `sentence_id`,
 * so the same topic seen again — on any source — updates one record and its rank history.
 */
export function toTrend(entry: unknown, index: number, ctx: ParseContext): Trend | undefined {
  if (!isObject(entry)) return undefined;
  const word = nonEmptyText(entry, 'word');
  if (!word) return undefined;
  const sentenceId = idField(entry, 'sentence_id');
  const position = parseCount(field(entry, 'position'));
  return definedOnly<Trend>({
    id: recordId('douyin', `hot:${word}`),
    platform: 'douyin',
    kind: 'trend',
    rank: position && position > 0 ? position : index + 1,
    title: word,
    heat: parseCount(field(entry, 'hot_value')),
    url: sentenceId ? `${SITE}/hot/${sentenceId}` : `${SITE}/search/${encodeURIComponent(word)}`,
    capturedAt: ctx.capturedAt,
  });
}
