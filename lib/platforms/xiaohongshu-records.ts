// Xiaohongshu note / comment / user objects → normalized records, whichever of the three shapes
// they come in (web API snake_case, embedded camelCase, mobile-app names; see xiaohongshu-fields.ts).
// Facts: ../shared/docs/platforms.md §5.
import type { Author, Comment, Media, Post, Source } from '../model';
import { recordId } from '../model';
import { parseCount } from '../parse/count';
import { parseTime } from '../parse/time';
import type { ParseContext } from './types';
import { definedOnly, field, idField, isObject, type Json, objectField, textField } from './xiaohongshu-fields';

export const XHS_ORIGIN = 'https://www.xiaohongshu.com';
// Web user ids are 24 hex digits; the app shape's comment authors carry another, longer id that
// no profile URL accepts, so those authors get no URL rather than a broken one.
const WEB_USER_ID = /^[0-9a-f]{24}$/;

export function noteUrl(noteId: string, xsecToken?: string): string {
  // Since 2024 a note opened without its xsec_token shows an error page instead of the note.
  const token = xsecToken ? `?xsec_token=${encodeURIComponent(xsecToken)}` : '';
  return `${XHS_ORIGIN}/explore/${encodeURIComponent(noteId)}${token}`;
}

export function toAuthor(user: unknown, location?: string): Author | undefined {
  if (!isObject(user)) return undefined;
  const uid = idField(user, 'user_id', 'userid', 'id');
  if (!uid) return undefined;
  const verified = field(user, 'red_official_verified');
  return definedOnly<Author>({
    id: recordId('xiaohongshu', uid),
    platform: 'xiaohongshu',
    name: textField(user, 'nickname', 'nick_name', 'name') ?? uid,
    handle: textField(user, 'red_id'),
    url: WEB_USER_ID.test(uid) ? `${XHS_ORIGIN}/user/profile/${uid}` : undefined,
    verified: typeof verified === 'boolean' ? verified : undefined,
    location,
  });
}

/** Hashtags sit in the text as `#tag[话题]#`; the page shows them as `#tag`. */
export function cleanNoteText(text: string): string {
  return text.replace(/#([^#\n[\]]+)\[话题\]#/g, '#$1').trim();
}

function mediaOf(note: Json): Media {
  const type = field(note, 'type');
  if (type === 'video') return 'video';
  if (type === 'normal') return 'image';
  const images = field(note, 'image_list', 'images_list');
  return Array.isArray(images) && images.length > 0 ? 'image' : 'text';
}

export interface NoteHint {
  /** The note id when the note object itself does not carry it (search items keep it beside `note_card`). */
  id?: string;
  xsecToken?: string;
}

/**
 * One note. Search and feed cards have only `display_title` and a like count; the detail (`feed`,
 * embedded `noteDetailMap`) adds `desc`, the time and all four counts. Text is title + desc, so a
 * card's text is a prefix of the detail's and the two merge into one row.
 */
export function toNote(note: unknown, hint: NoteHint, ctx: ParseContext, source: Source): Post | undefined {
  if (!isObject(note)) return undefined;
  const id = idField(note, 'note_id', 'id') ?? hint.id;
  const location = textField(note, 'ip_location');
  const author = toAuthor(objectField(note, 'user'), location);
  if (!id || !author) return undefined;
  const title = textField(note, 'title', 'display_title');
  const desc = textField(note, 'desc');
  // The app shape keeps the counts on the note itself, the web in `interact_info`.
  const counts = objectField(note, 'interact_info') ?? note;
  return definedOnly<Post>({
    id: recordId('xiaohongshu', id),
    platform: 'xiaohongshu',
    kind: 'post',
    url: noteUrl(id, textField(note, 'xsec_token') ?? hint.xsecToken),
    author,
    text: [title, desc && cleanNoteText(desc)].filter(Boolean).join('\n'),
    title,
    media: mediaOf(note),
    // Web `time` is in ms, the app's `timestamp` in seconds; parseTime tells them apart.
    createdAt: parseTime(field(note, 'time', 'timestamp'), ctx.capturedAt),
    metrics: definedOnly({
      likes: parseCount(field(counts, 'liked_count')),
      comments: parseCount(field(counts, 'comment_count', 'comments_count')),
      shares: parseCount(field(counts, 'share_count', 'shared_count')),
      saves: parseCount(field(counts, 'collected_count')),
    }),
    capturedAt: ctx.capturedAt,
    source,
  });
}

export interface CommentPlace {
  /** Native note id, when the comment does not carry `note_id`. */
  postId?: string;
  /** Native id of the root comment this one is nested under (or was paged for). */
  rootId?: string;
}

export function toComment(item: unknown, place: CommentPlace, ctx: ParseContext, source: Source): Comment | undefined {
  if (!isObject(item) || typeof field(item, 'content') !== 'string') return undefined;
  const id = idField(item, 'id', 'comment_id');
  const postId = idField(item, 'note_id') ?? place.postId;
  const author = toAuthor(objectField(item, 'user_info', 'user'), textField(item, 'ip_location'));
  if (!id || !postId || !author) return undefined;
  // Like Weibo's, a reply's parent is the root of its thread; `target_comment` (the comment it
  // answers, often that root) stands in only when the root is not known.
  const target = objectField(item, 'target_comment');
  const parentId = place.rootId ?? (target ? idField(target, 'id') : undefined);
  return definedOnly<Comment>({
    id: recordId('xiaohongshu', id),
    platform: 'xiaohongshu',
    kind: 'comment',
    postId: recordId('xiaohongshu', postId),
    parentId: parentId && parentId !== id ? recordId('xiaohongshu', parentId) : undefined,
    url: noteUrl(postId),
    author,
    text: String(field(item, 'content')).trim(),
    // Web `create_time` is in ms, the app's `time` in seconds.
    createdAt: parseTime(field(item, 'create_time', 'time'), ctx.capturedAt),
    metrics: definedOnly({
      likes: parseCount(field(item, 'like_count')),
      replies: parseCount(field(item, 'sub_comment_count')),
    }),
    capturedAt: ctx.capturedAt,
    source,
  });
}
