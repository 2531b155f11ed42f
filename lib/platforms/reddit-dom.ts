// Reddit pages as markup: new Reddit's `<shreddit-post>` / `<shreddit-comment>` custom elements (their
// attributes carry the numbers) and old.reddit's `.thing[data-fullname]`. Facts: ../shared/docs/platforms.md §8.
// New Reddit loads more comments as HTML fragments (`/svc/shreddit/comments/…`, `more-comments`) that it
// inserts into the page; the collector passes only JSON bodies to fromResponse, so those fragments are read
// here, once they are in the DOM.
import { recordId, type CapturedRecord, type Comment, type Media, type Post } from '../model';
import { parseCount } from '../parse/count';
import { parseTime } from '../parse/time';
import { definedOnly, textOf } from './json';
import { bareId, permalinkUrl, redditAuthor } from './reddit-json';
import type { ParseContext, ParseResult } from './types';

function attr(element: Element, ...names: string[]): string | undefined {
  for (const name of names) {
    const value = textOf(element.getAttribute(name));
    if (value) return value;
  }
  return undefined;
}

function textIn(element: Element, selector: string): string | undefined {
  const found = element.querySelector(selector);
  return found ? textOf(found.textContent?.replace(/[ \t]+/g, ' ').replace(/\s*\n\s*/g, '\n')) : undefined;
}

// `created-timestamp` is written like `2025-03-09T20:04:02.123000+0000`: six fractional digits and a
// colon-less zone, which Date.parse does not read everywhere.
function timeOf(value: string | undefined, ctx: ParseContext): string | undefined {
  if (!value) return undefined;
  const iso = value.replace(/(\.\d{3})\d+/, '$1').replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  return parseTime(iso, ctx.capturedAt) ?? parseTime(value, ctx.capturedAt);
}

/** Post id from a permalink `/r/sub/comments/{id}/…` (or `/comments/{id}`). */
export function postIdFromPermalink(permalink: string | undefined): string | undefined {
  return permalink ? /\/comments\/([a-z0-9]+)/i.exec(permalink)?.[1] : undefined;
}

function shredditMedia(post: Element): Media {
  const type = attr(post, 'post-type');
  if (type === 'video' || type === 'gif') return 'video';
  if (type === 'image' || type === 'gallery' || type === 'multi_media') return 'image';
  if (type === 'link') return 'link';
  return 'text';
}

function readShredditPost(post: Element, ctx: ParseContext): Post | undefined {
  const id = bareId(attr(post, 'id', 'thingid')) ?? postIdFromPermalink(attr(post, 'permalink'));
  if (!id || !/^[a-z0-9]+$/i.test(id)) return undefined;
  const title = attr(post, 'post-title');
  return definedOnly({
    id: recordId('reddit', id),
    platform: 'reddit' as const,
    kind: 'post' as const,
    url: permalinkUrl(attr(post, 'permalink')) ?? `https://www.reddit.com/comments/${id}/`,
    author: redditAuthor(attr(post, 'author')),
    text: textIn(post, '[slot="text-body"]') ?? title ?? '',
    title,
    media: shredditMedia(post),
    createdAt: timeOf(attr(post, 'created-timestamp'), ctx),
    metrics: definedOnly({ likes: parseCount(attr(post, 'score')), comments: parseCount(attr(post, 'comment-count')) }),
    capturedAt: ctx.capturedAt,
    source: 'dom' as const,
  });
}

function readShredditComment(comment: Element, pagePostId: string | undefined, ctx: ParseContext): Comment | undefined {
  const id = bareId(attr(comment, 'thingid'));
  const permalink = attr(comment, 'permalink');
  const postId = bareId(attr(comment, 'postid')) ?? postIdFromPermalink(permalink) ?? pagePostId;
  if (!id || !postId) return undefined;
  const parent = attr(comment, 'parentid') ?? attr(comment.parentElement?.closest('shreddit-comment') ?? comment, 'thingid');
  const time = attr(comment, 'created', 'created-timestamp') ?? comment.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined;
  return definedOnly({
    id: recordId('reddit', id),
    platform: 'reddit' as const,
    kind: 'comment' as const,
    postId: recordId('reddit', postId),
    parentId: parent?.startsWith('t1_') && bareId(parent) && bareId(parent) !== id ? recordId('reddit', bareId(parent)!) : undefined,
    url: permalinkUrl(permalink),
    author: redditAuthor(attr(comment, 'author')),
    text: textIn(comment, '[slot="comment"]') ?? '',
    createdAt: timeOf(time, ctx),
    metrics: definedOnly({ likes: parseCount(attr(comment, 'score')) }),
    capturedAt: ctx.capturedAt,
    source: 'dom' as const,
  });
}

function readOldThing(thing: Element, pagePostId: string | undefined, ctx: ParseContext): CapturedRecord | undefined {
  const fullname = attr(thing, 'data-fullname');
  const id = bareId(fullname);
  if (!id) return undefined;
  const entry = thing.querySelector(':scope > .entry') ?? thing;
  const permalink = attr(thing, 'data-permalink');
  // `.score.unvoted` shows "1.2k"; its title attribute holds the exact number when Reddit gives one.
  const scoreNode = entry.querySelector('.score.unvoted');
  const likes = parseCount(attr(thing, 'data-score') ?? (scoreNode && attr(scoreNode, 'title')) ?? scoreNode?.textContent);
  const time = entry.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined;
  const common = {
    id: recordId('reddit', id),
    platform: 'reddit' as const,
    author: redditAuthor(attr(thing, 'data-author')),
    createdAt: timeOf(time, ctx),
    capturedAt: ctx.capturedAt,
    source: 'dom' as const,
  };
  if (fullname?.startsWith('t3_')) {
    const title = textIn(entry, 'a.title');
    return definedOnly({
      ...common, kind: 'post' as const,
      url: permalinkUrl(permalink) ?? `https://www.reddit.com/comments/${id}/`,
      text: textIn(entry, '.usertext-body .md') ?? title ?? '', title, media: 'text' as const,
      metrics: definedOnly({ likes, comments: parseCount(attr(thing, 'data-comments-count')) }),
    });
  }
  const postId = postIdFromPermalink(permalink) ?? pagePostId;
  if (!fullname?.startsWith('t1_') || !postId) return undefined;
  const parent = bareId(attr(thing.parentElement?.closest('.thing.comment') ?? thing, 'data-fullname'));
  return definedOnly({
    ...common, kind: 'comment' as const, postId: recordId('reddit', postId),
    parentId: parent && parent !== id ? recordId('reddit', parent) : undefined,
    url: permalinkUrl(permalink),
    text: textIn(entry, '.usertext-body .md') ?? '',
    metrics: definedOnly({ likes }),
  });
}

/** Every post and comment element on the page; one that cannot be read is counted, not thrown. */
export function redditFromMarkup(doc: Document, ctx: ParseContext): ParseResult {
  const records: CapturedRecord[] = [];
  let skipped = 0;
  const keep = (record: CapturedRecord | undefined) => (record ? records.push(record) : (skipped += 1));
  const pagePostId = postIdFromPermalink(ctx.url);
  doc.querySelectorAll('shreddit-post').forEach((post) => keep(readShredditPost(post, ctx)));
  doc.querySelectorAll('shreddit-comment').forEach((comment) => keep(readShredditComment(comment, pagePostId, ctx)));
  doc.querySelectorAll('.thing[data-fullname]').forEach((thing) => {
    if (/^t[13]_/.test(thing.getAttribute('data-fullname') ?? '')) keep(readOldThing(thing, pagePostId, ctx));
  });
  return { records, skipped };
}
