// TikTok item / comment / user objects → normalized records. Facts: ../shared/docs/platforms.md §10.
// TikTok is Douyin's sibling app: the same ByteDance schema, so the Douyin readers (snake_case or
// camelCase, "$undefined", 19-digit ids as strings) read it too. Web items are camelCase, comments snake_case.
import type { Author, Comment, Media, Metrics, Post, Source } from '../model';
import { recordId } from '../model';
import { parseCount } from '../parse/count';
import { parseTime } from '../parse/time';
import { field, idField, isObject, type Json, nonEmptyText, objectField, textField } from './douyin-fields';
import { commentBody, type CommentPlace, parentOf, verified as verifiedByBadge } from './douyin-records';
import { definedOnly } from './json';
import type { ParseContext } from './types';

export type { CommentPlace } from './douyin-records';

export const TIKTOK_SITE = 'https://www.tiktok.com';

/** Web authors say `verified`; comment users (app schema) only carry the badge reason, read as on Douyin. */
function verified(user: Json): boolean | undefined {
  const flag = field(user, 'verified');
  return typeof flag === 'boolean' ? flag : verifiedByBadge(user);
}

/** An item's `author` (web: id, uniqueId) or a comment's `user` (uid, unique_id); `stats` holds followerCount. */
export function toAuthor(user: unknown, stats?: Json): Author | undefined {
  if (!isObject(user)) return undefined;
  const id = idField(user, 'uid', 'id', 'sec_uid');
  if (!id) return undefined;
  const handle = nonEmptyText(user, 'unique_id');
  return definedOnly<Author>({
    id: recordId('tiktok', id),
    platform: 'tiktok',
    name: nonEmptyText(user, 'nickname') ?? handle ?? id,
    handle,
    url: handle ? `${TIKTOK_SITE}/@${handle}` : undefined,
    followers: parseCount(field(stats ?? {}, 'follower_count') ?? field(user, 'follower_count')),
    verified: verified(user),
  });
}

/** `stats` holds numbers; `statsV2` the same as decimal strings (and is what newer responses fill). */
function metricsOf(item: Json): Metrics {
  const stats = objectField(item, 'stats', 'statistics') ?? {};
  const strings = objectField(item, 'stats_v2') ?? {};
  const count = (name: string) => parseCount(field(stats, name)) ?? parseCount(field(strings, name));
  return definedOnly<Metrics>({
    likes: count('digg_count'),
    comments: count('comment_count'),
    shares: count('share_count'),
    saves: count('collect_count'),
    views: count('play_count'),
  });
}

/** `textLanguage` is "un" when TikTok could not tell. */
function languageOf(value: string | undefined): string | undefined {
  return value && value !== 'un' ? value : undefined;
}

export function itemUrl(id: string, handle: string | undefined): string {
  // Without the handle the canonical path cannot be built; the embed player URL names the item alone.
  return handle ? `${TIKTOK_SITE}/@${handle}/video/${id}` : `${TIKTOK_SITE}/embed/v2/${id}`;
}

/** One web item (video or photo post). `pageAuthor` stands in where the item names its author only by handle. */
export function toPost(item: unknown, ctx: ParseContext, source: Source, pageAuthor?: Author): Post | undefined {
  if (!isObject(item)) return undefined;
  const id = idField(item, 'id', 'aweme_id');
  const author = toAuthor(objectField(item, 'author'), objectField(item, 'author_stats')) ?? pageAuthor;
  if (!id || !author) return undefined;
  const media: Media = objectField(item, 'image_post') ? 'image' : 'video';
  return definedOnly<Post>({
    id: recordId('tiktok', id),
    platform: 'tiktok',
    kind: 'post',
    url: itemUrl(id, author.handle),
    author,
    text: (textField(item, 'desc') ?? '').trim(),
    media,
    createdAt: parseTime(field(item, 'create_time'), ctx.capturedAt),
    metrics: metricsOf(item),
    capturedAt: ctx.capturedAt,
    source,
    lang: languageOf(textField(item, 'text_language')),
  });
}

export function toComment(item: unknown, place: CommentPlace, ctx: ParseContext, source: Source): Comment | undefined {
  if (!isObject(item)) return undefined;
  const cid = idField(item, 'cid');
  const postId = idField(item, 'aweme_id') ?? place.postId;
  const author = toAuthor(field(item, 'user'));
  if (!cid || !postId || !author) return undefined;
  const parentId = parentOf(item, place, cid);
  return definedOnly<Comment>({
    id: recordId('tiktok', cid),
    platform: 'tiktok',
    kind: 'comment',
    postId: recordId('tiktok', postId),
    parentId: parentId ? recordId('tiktok', parentId) : undefined,
    author,
    ...commentBody(item, ctx),
    capturedAt: ctx.capturedAt,
    source,
    lang: languageOf(textField(item, 'comment_language')),
  });
}
