// Posts on m.facebook.com / mbasic pages: story containers carry a `data-ft` JSON attribute with the
// post id, the owner and page_insights.<page>.post_context.publish_time (../shared/docs/platforms.md §12).
import { recordId, type Media, type Metrics, type Post } from '../model';
import { htmlToText } from '../parse/html-text';
import { parseTime } from '../parse/time';
import { dataFtOf, numericId, reactionCount, shareCount } from './facebook-fields';
import { definedOnly, isObject, objectAt, textOf, type Json } from './json';
import type { ParseContext } from './types';

export const STORY_SELECTOR = '[data-ft*="top_level_post_id"]';

function publishTime(ft: Json, pageId: string | undefined): unknown {
  const insights = objectAt(ft, 'page_insights');
  if (!insights) return undefined;
  const entries = pageId && isObject(insights[pageId]) ? [insights[pageId]] : Object.values(insights);
  for (const entry of entries) {
    const time = objectAt(entry, 'post_context')?.publish_time;
    if (time !== undefined) return time;
  }
  return undefined;
}

function mediaOf(ft: Json, story: Element): Media {
  const style = textOf(ft.story_attachment_style) ?? '';
  if (/video/.test(style) || story.querySelector('video, [data-sigil~="inlineVideo"]')) return 'video';
  if (/album|photo/.test(style)) return 'image';
  if (/share|link/.test(style)) return 'link';
  return 'text';
}

/** The body sits in the child whose own data-ft says `tn: "*s"`; `._5rgt` is the same box by class. */
function bodyOf(story: Element): Element | null {
  for (const child of Array.from(story.querySelectorAll('[data-ft]'))) {
    if (dataFtOf(child)?.tn === '*s') return child;
  }
  return story.querySelector('.story_body_container ._5rgt');
}

function absoluteUrl(href: string | null | undefined, base: string): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, base);
    url.search = '';
    return url.protocol === 'https:' ? url.toString() : undefined;
  } catch {
    return undefined;
  }
}

function metricsOf(story: Element, postId: string): Metrics {
  // The UFI box (share count, reactions) may sit beside the story rather than inside it.
  const ufi = story.ownerDocument.getElementById(`ufi_${postId}`);
  const boxes = [story, ufi].filter((box): box is Element => box !== null);
  const texts = (selector: string) => boxes.flatMap((box) => Array.from(box.querySelectorAll(selector))).map((el) => el.textContent ?? '');
  const shares = texts('[data-sigil="feed-ufi-sharers"]').map(shareCount).find((n) => n !== undefined);
  const likes = [...texts('[data-sigil="reaction_profile_sigil"]'), ...texts('footer')].map(reactionCount).find((n) => n !== undefined);
  return definedOnly({ shares, likes });
}

export function readPost(story: Element, ctx: ParseContext): Post | undefined {
  const ft = dataFtOf(story);
  const nativeId = ft && numericId(ft.top_level_post_id);
  if (!ft || !nativeId) return undefined;
  const ownerId = numericId(ft.content_owner_id_new) ?? numericId(ft.page_id);
  const authorLink = story.querySelector('h3 strong a');
  const name = textOf(authorLink?.textContent) ?? '';
  if (!ownerId) return undefined;
  const verified = story.querySelector('h3 [aria-label="Verified Page"], h3 [aria-label="Verified account"]') ? true : undefined;
  const body = bodyOf(story);
  const post: Post = {
    id: recordId('facebook', nativeId),
    platform: 'facebook',
    kind: 'post',
    capturedAt: ctx.capturedAt,
    url: `https://m.facebook.com/story.php?story_fbid=${nativeId}&id=${ownerId}`,
    author: definedOnly({ id: recordId('facebook', ownerId), platform: 'facebook' as const, name, url: absoluteUrl(authorLink?.getAttribute('href'), ctx.url), verified }),
    text: body ? htmlToText(body.innerHTML) : '',
    media: mediaOf(ft, story),
    createdAt: parseTime(publishTime(ft, numericId(ft.page_id)), ctx.capturedAt),
    metrics: metricsOf(story, nativeId),
    source: 'dom',
  };
  return definedOnly(post);
}
