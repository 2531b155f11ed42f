// Weibo status / comment / user objects → normalized records. Both APIs (m.weibo.cn and the
// weibo.com `ajax` API) use the same object shapes with a few spelling differences noted below.
import type { Author, Comment, Media, Post, Source } from '../model';
import { recordId } from '../model';
import { parseCount } from '../parse/count';
import { htmlToText } from '../parse/html-text';
import { parseTime } from '../parse/time';
import type { ParseContext } from './types';

import { definedOnly, isObject, type Json } from './json';

export { isObject, type Json } from './json';

/** A native id as a string: ids come as numbers, numeric strings, or both (`id` + `idstr`). */
export function nativeId(...candidates: unknown[]): string | undefined {
  for (const value of candidates) {
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  }
  return undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** weibo.com comments say where the writer was ("来自河北"): that is the IP属地 the site shows. */
function locationFromSource(source: unknown): string | undefined {
  const match = typeof source === 'string' ? /^来自\s*(.+)$/.exec(source.trim()) : null;
  return match ? match[1].trim() : undefined;
}

export function toAuthor(user: unknown, location?: string): Author | undefined {
  if (!isObject(user)) return undefined;
  const uid = nativeId(user.idstr, user.id);
  if (!uid) return undefined;
  const author: Author = {
    id: recordId('weibo', uid),
    platform: 'weibo',
    name: text(user.screen_name) ?? text(user.name) ?? uid,
    url: `https://weibo.com/u/${uid}`,
  };
  // weibo.com sends both an exact integer and a display string ("18.6万"); the integer wins.
  const followers = parseCount(user.followers_count) ?? parseCount(user.followers_count_str);
  if (followers !== undefined) author.followers = followers;
  if (typeof user.verified === 'boolean') author.verified = user.verified;
  if (location) author.location = location;
  return author;
}

function mediaOf(status: Json): Media {
  const page = isObject(status.page_info) ? status.page_info : {};
  // m.weibo.cn names the card kind `type`, weibo.com `object_type`.
  const pageType = text(page.object_type) ?? text(page.type);
  if (pageType === 'video' || pageType === 'live') return 'video';
  if (pageType === 'article') return 'article';
  const hasPics = (Array.isArray(status.pics) && status.pics.length > 0)
    || (Array.isArray(status.pic_ids) && status.pic_ids.length > 0)
    || (parseCount(status.pic_num) ?? 0) > 0;
  if (hasPics) return 'image';
  if (pageType === 'webpage') return 'link';
  return 'text';
}

function nonEmptyText(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function statusText(status: Json): string {
  const longText = isObject(status.longText) ? nonEmptyText(status.longText.longTextContent) : undefined;
  if (status.isLongText === true && longText) return htmlToText(longText);
  // `text_raw` (weibo.com) and `raw_text` (m.weibo.cn statuses/show) are already plain text;
  // either may be present but empty, so an empty one does not hide the HTML `text`.
  const plain = nonEmptyText(status.text_raw) ?? nonEmptyText(status.raw_text);
  return plain !== undefined ? plain.trim() : htmlToText(text(status.text) ?? '');
}

function statusUrl(status: Json, uid: string | undefined, id: string): string {
  // weibo.com calls the short id `mblogid`, m.weibo.cn `bid`.
  const shortId = nativeId(status.mblogid, status.bid);
  return uid && shortId ? `https://weibo.com/${uid}/${shortId}` : `https://m.weibo.cn/detail/${id}`;
}

/** One status; undefined when it has no id or no author (deleted reposts lose their user). */
export function toPost(status: unknown, ctx: ParseContext, source: Source): Post | undefined {
  if (!isObject(status)) return undefined;
  const id = nativeId(status.idstr, status.id, status.mid);
  const author = toAuthor(status.user);
  if (!id || !author) return undefined;
  const uid = nativeId(isObject(status.user) ? status.user.idstr ?? status.user.id : undefined);
  return definedOnly<Post>({
    id: recordId('weibo', id),
    platform: 'weibo',
    kind: 'post',
    url: statusUrl(status, uid, id),
    author,
    text: statusText(status),
    media: mediaOf(status),
    createdAt: parseTime(status.created_at, ctx.capturedAt),
    metrics: definedOnly({
      likes: parseCount(status.attitudes_count),
      comments: parseCount(status.comments_count),
      shares: parseCount(status.reposts_count),
      views: parseCount(status.reads_count),
    }),
    capturedAt: ctx.capturedAt,
    source,
  });
}

export interface CommentPlace {
  /** Native id of the post the comment is under. */
  postId: string;
  /** Native id of the comment this one replies to, when the response says so outside the item. */
  parentId?: string;
}

export function toComment(item: unknown, place: CommentPlace, ctx: ParseContext): Comment | undefined {
  if (!isObject(item)) return undefined;
  const id = nativeId(item.idstr, item.id, item.mid);
  const author = toAuthor(item.user, locationFromSource(item.source));
  if (!id || !author) return undefined;
  const rootId = nativeId(item.rootidstr, item.rootid);
  const parentId = place.parentId ?? (rootId && rootId !== id ? rootId : undefined);
  const comment: Comment = {
    id: recordId('weibo', id),
    platform: 'weibo',
    kind: 'comment',
    postId: recordId('weibo', place.postId),
    url: `https://m.weibo.cn/detail/${place.postId}`,
    author,
    text: nonEmptyText(item.text_raw)?.trim() ?? htmlToText(text(item.text) ?? ''),
    createdAt: parseTime(item.created_at, ctx.capturedAt),
    // hotflow spells it `like_count`, api/comments/show and weibo.com `like_counts`.
    metrics: definedOnly({
      likes: parseCount(item.like_count) ?? parseCount(item.like_counts),
      replies: parseCount(item.total_number),
    }),
    capturedAt: ctx.capturedAt,
    source: 'api',
  };
  if (parentId && parentId !== id) comment.parentId = recordId('weibo', parentId);
  return definedOnly(comment);
}
