// Reddit JSON API things (`www.reddit.com/….json`, `oauth.reddit.com`, `api/morechildren`) → records.
// Field names: ../shared/docs/platforms.md §8 (t3 = submission, t1 = comment, `more` = unexpanded ids).
import { recordId, type Author, type CapturedRecord, type Comment, type Media, type Post } from '../model';
import { parseCount } from '../parse/count';
import { decodeEntities } from '../parse/html-text';
import { parseTime } from '../parse/time';
import { arrayOf, definedOnly, isObject, textOf, type Json } from './json';
import type { ParseContext, ParseResult } from './types';

export const REDDIT_ORIGIN = 'https://www.reddit.com';

/** `t3_abc` / `t1_xyz` → `abc` / `xyz`; a bare id stays as it is. */
export function bareId(fullname: unknown): string | undefined {
  const id = textOf(fullname)?.replace(/^t\d_/, '');
  return id || undefined;
}

export function redditAuthor(name: string | undefined): Author {
  // Usernames are unique and are all the DOM shows, so they key authors (author_fullname is absent in
  // older responses and on deleted accounts).
  const known = name && name !== '[deleted]' ? name : undefined;
  return definedOnly({
    id: recordId('reddit', known ? `u/${known}` : 'deleted'),
    platform: 'reddit' as const,
    name: name ?? '[deleted]',
    handle: known,
    url: known ? `${REDDIT_ORIGIN}/user/${known}/` : undefined,
  });
}

export function permalinkUrl(permalink: unknown): string | undefined {
  const path = textOf(permalink);
  if (!path) return undefined;
  return path.startsWith('/') ? `${REDDIT_ORIGIN}${path}` : /^https:\/\//.test(path) ? path : undefined;
}

function mediaOf(data: Json): Media {
  if (data.is_video === true || /video/.test(String(data.post_hint ?? ''))) return 'video';
  if (data.is_gallery === true || data.post_hint === 'image') return 'image';
  if (data.is_self === true) return 'text';
  return data.post_hint === 'link' || (typeof data.url === 'string' && !/reddit\.com\/r\//.test(data.url)) ? 'link' : 'text';
}

function postOf(data: Json, id: string, text: (value: unknown) => string | undefined, ctx: ParseContext): Post {
  const title = text(data.title);
  return definedOnly({
    id: recordId('reddit', id),
    platform: 'reddit' as const,
    kind: 'post' as const,
    url: permalinkUrl(data.permalink) ?? `${REDDIT_ORIGIN}/comments/${id}/`,
    author: redditAuthor(textOf(data.author)),
    // Link and image posts have no selftext: their title is what the post says.
    text: text(data.selftext) ?? title ?? '',
    title,
    media: mediaOf(data),
    createdAt: parseTime(data.created_utc, ctx.capturedAt),
    metrics: definedOnly({ likes: parseCount(data.score), comments: parseCount(data.num_comments) }),
    capturedAt: ctx.capturedAt,
    source: 'api' as const,
  });
}

function commentOf(data: Json, id: string, text: (value: unknown) => string | undefined, ctx: ParseContext): Comment | undefined {
  const postId = bareId(data.link_id);
  if (!postId) return undefined;
  const parent = textOf(data.parent_id);
  const parentId = parent?.startsWith('t1_') ? bareId(parent) : undefined;
  return definedOnly({
    id: recordId('reddit', id),
    platform: 'reddit' as const,
    kind: 'comment' as const,
    postId: recordId('reddit', postId),
    parentId: parentId && parentId !== id ? recordId('reddit', parentId) : undefined,
    url: permalinkUrl(data.permalink),
    author: redditAuthor(textOf(data.author)),
    text: text(data.body) ?? '',
    createdAt: parseTime(data.created_utc, ctx.capturedAt),
    metrics: definedOnly({ likes: parseCount(data.score) }),
    capturedAt: ctx.capturedAt,
    source: 'api' as const,
  });
}

/**
 * Walks Listings, `[post, comments]` pairs, reply trees and `json.data.things` (morechildren) alike:
 * every `{kind, data}` thing is read where it stands. `more` stubs hold only ids and are passed over.
 */
export function redditThings(body: unknown, ctx: ParseContext): ParseResult {
  // Without raw_json=1 Reddit escapes &, < and > in every text field.
  const escaped = !/[?&]raw_json=1\b/.test(ctx.url);
  const text = (value: unknown) => {
    const plain = textOf(value);
    return plain && escaped ? decodeEntities(plain) : plain;
  };
  const records: CapturedRecord[] = [];
  let skipped = 0;
  const visit = (node: unknown, depth: number): void => {
    if (depth > 64) return;
    if (Array.isArray(node)) return node.forEach((item) => visit(item, depth + 1));
    if (!isObject(node)) return;
    const data = isObject(node.data) ? node.data : undefined;
    if ((node.kind === 't3' || node.kind === 't1') && data) {
      const id = textOf(data.id) ?? bareId(data.name);
      const record = id ? (node.kind === 't3' ? postOf(data, id, text, ctx) : commentOf(data, id, text, ctx)) : undefined;
      if (record) records.push(record);
      else skipped += 1;
      if (node.kind === 't1') visit(data.replies, depth + 1);
      return;
    }
    for (const key of ['data', 'children', 'json', 'things']) {
      const child = node[key];
      if (isObject(child) || Array.isArray(child)) visit(key === 'children' ? arrayOf(child) : child, depth + 1);
    }
  };
  visit(body, 0);
  return { records, skipped };
}
