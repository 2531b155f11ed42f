// Comments on m.facebook.com / mbasic pages: `div[data-sigil="comment"]`, the text in
// `[data-sigil="comment-body"]` whose `data-commentid` is `<post id>_<comment id>`
// (../shared/docs/platforms.md §12; fixtures/facebook/m_facebook_story_page_with_comments_2021.html).
import { recordId, type Comment } from '../model';
import { htmlToText } from '../parse/html-text';
import { parseTime } from '../parse/time';
import { relativeTime } from './facebook-fields';
import { definedOnly, isObject, textOf } from './json';
import type { ParseContext } from './types';

export const COMMENT_SELECTOR = '[data-sigil="comment"]';

/** The element of this comment itself, not of a reply nested in it. */
function own(comment: Element, selector: string): Element | undefined {
  return Array.from(comment.querySelectorAll(selector)).find((el) => el.closest(COMMENT_SELECTOR) === comment);
}

/** `/comment/replies/?ctoken=<post>_<comment>&count=N…` links, by comment id: how many replies are folded. */
export function foldedReplies(doc: Document): Map<string, number> {
  const counts = new Map<string, number>();
  for (const link of Array.from(doc.querySelectorAll('[data-sigil="replies-see-more"] a[href*="ctoken="]'))) {
    try {
      const params = new URL(link.getAttribute('href') ?? '', 'https://m.facebook.com/').searchParams;
      const commentId = /^\d+_(\d+)$/.exec(params.get('ctoken') ?? '')?.[1];
      const count = Number(params.get('count'));
      if (commentId && Number.isSafeInteger(count) && count > 0) counts.set(commentId, count);
    } catch {
      // A broken link says nothing about replies.
    }
  }
  return counts;
}

function timeOf(comment: Element, ctx: ParseContext): string | undefined {
  // Exact time where the page gives it (`abbr[data-store]` → time, epoch s); else the relative text.
  const stored = own(comment, 'abbr[data-store*="time"]')?.getAttribute('data-store');
  if (stored) {
    try {
      const data: unknown = JSON.parse(stored);
      const exact = isObject(data) ? parseTime(data.time, ctx.capturedAt) : undefined;
      if (exact) return exact;
    } catch {
      // fall through to the visible text
    }
  }
  return relativeTime(own(comment, '[data-sigil="ufi-inline-comment-actions"] abbr')?.textContent ?? undefined, ctx.capturedAt);
}

export function readComment(comment: Element, ctx: ParseContext, replies: Map<string, number>, pagePostId: string | undefined): Comment | undefined {
  const body = own(comment, '[data-sigil="comment-body"]');
  const [, postPart, commentPart] = /^(\d+)_(\d+)$/.exec(body?.getAttribute('data-commentid') ?? '') ?? [];
  const nativeId = commentPart ?? (/^\d+$/.test(comment.id) ? comment.id : undefined);
  const postId = postPart ?? pagePostId;
  if (!body || !nativeId || !postId) return undefined;
  const nameBox = own(comment, '._2b05');
  const name = textOf(nameBox?.textContent) ?? '';
  // The avatar box's sigil is `feed_story_ring<user id>`: the only user id a logged-out page shows.
  const ring = /^feed_story_ring(\d+)$/.exec(own(comment, '[data-sigil^="feed_story_ring"]')?.getAttribute('data-sigil') ?? '')?.[1];
  if (!ring && !name) return undefined;
  const parent = comment.parentElement?.closest(COMMENT_SELECTOR);
  const parentNative = parent ? /^\d+$/.exec(parent.id)?.[0] : undefined;
  const replyCount = replies.get(nativeId);
  return definedOnly({
    id: recordId('facebook', nativeId),
    platform: 'facebook' as const,
    kind: 'comment' as const,
    capturedAt: ctx.capturedAt,
    postId: recordId('facebook', postId),
    parentId: parentNative ? recordId('facebook', parentNative) : undefined,
    author: { id: recordId('facebook', ring ?? `name:${name}`), platform: 'facebook' as const, name },
    text: htmlToText(body.innerHTML),
    createdAt: timeOf(comment, ctx),
    metrics: replyCount === undefined ? {} : { replies: replyCount },
    source: 'dom' as const,
  });
}
