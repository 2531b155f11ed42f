// Zhihu answers, articles, questions, pins, zvideos and comments → normalized records.
// Field names: ../shared/docs/platforms.md §2 (API snake_case; js-initialData camelCase; 2015 zhuanlan API).
import type { Author, Comment, Media, Post, Source } from '../model';
import { recordId } from '../model';
import { parseCount } from '../parse/count';
import { htmlToText } from '../parse/html-text';
import { parseTime } from '../parse/time';
import type { ParseContext } from './types';
import { absoluteUrl, definedOnly, idOf, ipPlace, isObject, type Json, pick, textOf } from './zhihu-json';

export type ContentType = 'answer' | 'article' | 'question' | 'pin' | 'zvideo';
export const CONTENT_TYPES: readonly ContentType[] = ['answer', 'article', 'question', 'pin', 'zvideo'];
const MAX_TEXT = 100_000;

/**
 * Answer, article and question ids are separate number spaces on Zhihu (the comment API names the
 * type in its path for that reason), so a post id carries its type: `zhihu:answer:39753456`.
 */
export function postId(type: ContentType, nativeId: string): string {
  return recordId('zhihu', `${type}:${nativeId}`);
}

export function commentId(nativeId: string): string {
  return recordId('zhihu', `comment:${nativeId}`);
}

export function contentUrl(type: ContentType, id: string, questionId?: string): string {
  if (type === 'article') return `https://zhuanlan.zhihu.com/p/${id}`;
  if (type === 'answer') return questionId ? `https://www.zhihu.com/question/${questionId}/answer/${id}` : `https://www.zhihu.com/answer/${id}`;
  return `https://www.zhihu.com/${type}/${id}`;
}

/** Embedded state keeps users apart and names them by key from the content (`author: "<hash>"`). */
export type UserLookup = (key: string) => unknown;

/** The comment API wraps the writer as `author.member` in some payloads. */
function authorObject(raw: unknown, users?: UserLookup): Json | undefined {
  const resolved = typeof raw === 'string' && users ? users(raw) : raw;
  if (!isObject(resolved)) return undefined;
  return idOf(resolved.id) === undefined && isObject(resolved.member) ? resolved.member : resolved;
}

export function toAuthor(raw: unknown, users?: UserLookup, location?: string): Author | undefined {
  const user = authorObject(raw, users);
  if (!user) return undefined;
  // The 2015 zhuanlan API calls the permanent id `hash` and the profile token `slug`.
  const token = idOf(pick(user, 'url_token', 'slug'));
  const id = idOf(pick(user, 'id', 'hash')) ?? token;
  if (!id) return undefined;
  const name = textOf(user.name) ?? token ?? id;
  const author: Author = {
    id: recordId('zhihu', id),
    platform: 'zhihu',
    name: name.slice(0, 200),
    handle: token,
    url: token ? `https://www.zhihu.com/people/${token}` : absoluteUrl(pick(user, 'profile_url')) ?? `https://www.zhihu.com/people/${id}`,
    followers: parseCount(pick(user, 'follower_count', 'followers_count')),
    location: location ?? ipPlace(pick(user, 'ip_info')),
  };
  return definedOnly(author);
}

/** Which kind of content this object is; the 2015 zhuanlan post has no `type` but its own fields. */
export function contentTypeOf(object: Json): ContentType | undefined {
  const type = object.type;
  if (typeof type === 'string' && (CONTENT_TYPES as readonly string[]).includes(type)) return type as ContentType;
  if (type === undefined && 'likesCount' in object && 'slug' in object) return 'article';
  return undefined;
}

/** Pins carry their body as blocks: `[{type: 'text', content: '<p>…'}, {type: 'image', …}]`. */
function pinText(content: unknown[]): { text: string; hasImage: boolean } {
  const parts: string[] = [];
  let hasImage = false;
  for (const block of content) {
    if (!isObject(block)) continue;
    if (block.type === 'image') hasImage = true;
    if (block.type === 'text' && typeof block.content === 'string') parts.push(htmlToText(block.content));
  }
  return { text: parts.filter(Boolean).join('\n'), hasImage };
}

function bodyOf(object: Json, type: ContentType): { text: string; media: Media } {
  const content = pick(object, 'content');
  if (Array.isArray(content)) {
    const pin = pinText(content);
    return { text: pin.text, media: pin.hasImage ? 'image' : 'text' };
  }
  const html = textOf(content) ?? textOf(pick(object, 'detail', 'description', 'excerpt')) ?? '';
  const media: Media = type === 'article' ? 'article' : type === 'zvideo' ? 'video' : 'text';
  return { text: htmlToText(html), media };
}

function titleOf(object: Json, type: ContentType): string | undefined {
  const own = textOf(pick(object, 'title', 'excerpt_title'));
  // An answer is read under its question: the question's title is the answer's headline.
  const title = own ?? (type === 'answer' ? textOf(pick(object.question, 'title')) : undefined);
  return title ? htmlToText(title).slice(0, 1000) : undefined;
}

function createdOf(object: Json, ctx: ParseContext): string | undefined {
  const value = pick(object, 'created_time', 'created', 'published_at', 'created_at', 'published_time');
  return parseTime(value, ctx.capturedAt);
}

export function toPost(raw: unknown, ctx: ParseContext, source: Source, users?: UserLookup): Post | undefined {
  if (!isObject(raw)) return undefined;
  const type = contentTypeOf(raw);
  const id = idOf(pick(raw, 'id', 'slug'));
  const author = toAuthor(raw.author, users);
  if (!type || !id || !author) return undefined;
  const questionId = idOf(isObject(raw.question) ? raw.question.id : raw.question);
  const { text, media } = bodyOf(raw, type);
  return definedOnly<Post>({
    id: postId(type, id),
    platform: 'zhihu',
    kind: 'post',
    url: contentUrl(type, id, questionId),
    author,
    text: text.slice(0, MAX_TEXT),
    title: titleOf(raw, type),
    media,
    createdAt: createdOf(raw, ctx),
    metrics: definedOnly({
      // Answers/articles count 赞同 (voteup); pins 赞 (like, or reactions); 2015 columns likesCount.
      likes: parseCount(pick(raw, 'voteup_count', 'like_count', 'reaction_count', 'likes_count')),
      comments: parseCount(pick(raw, 'comment_count', 'comments_count')),
      saves: parseCount(pick(raw, 'favlists_count', 'favorite_count', 'collect_count')),
      views: parseCount(pick(raw, 'visit_count', 'play_count')),
      // A question's answers are its replies.
      replies: type === 'question' ? parseCount(pick(raw, 'answer_count')) : undefined,
    }),
    capturedAt: ctx.capturedAt,
    source,
  });
}

export interface CommentPlace {
  /** Record id of the answer / article / pin / zvideo the comment is under. */
  postId: string;
  postUrl?: string;
  /** Native id of the root comment, for replies nested in it or loaded under it. */
  rootId?: string;
}

function ipTag(tags: unknown): string | undefined {
  if (!Array.isArray(tags)) return undefined;
  const tag = tags.find((item) => isObject(item) && item.type === 'ip_info');
  return isObject(tag) ? ipPlace(tag.text) : undefined;
}

export function toComment(raw: unknown, place: CommentPlace, ctx: ParseContext, source: Source): Comment | undefined {
  if (!isObject(raw) || (raw.type !== undefined && raw.type !== 'comment')) return undefined;
  const id = idOf(raw.id);
  const author = toAuthor(raw.author, undefined, ipTag(pick(raw, 'comment_tag')));
  if (!id || !author) return undefined;
  // reply_comment_id is "0" (or absent) on a root comment, else the comment answered.
  const replyTo = idOf(pick(raw, 'reply_comment_id'));
  const parent = replyTo && replyTo !== '0' && replyTo !== id ? replyTo : place.rootId !== id ? place.rootId : undefined;
  return definedOnly<Comment>({
    id: commentId(id),
    platform: 'zhihu',
    kind: 'comment',
    postId: place.postId,
    parentId: parent ? commentId(parent) : undefined,
    url: place.postUrl,
    author,
    text: htmlToText(textOf(raw.content) ?? '').slice(0, MAX_TEXT),
    createdAt: parseTime(pick(raw, 'created_time'), ctx.capturedAt),
    metrics: definedOnly({
      likes: parseCount(pick(raw, 'like_count', 'vote_count')),
      replies: parseCount(pick(raw, 'child_comment_count')),
    }),
    capturedAt: ctx.capturedAt,
    source,
  });
}
