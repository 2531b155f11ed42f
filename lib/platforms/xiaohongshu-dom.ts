// Xiaohongshu DOM fallback: the note cards of the explore feed, search results and profile pages
// (`.note-item`: cover link, `.title`, `.author .name`, like `.count`; digitalmethodsinitiative/
// zeeschuimer modules/rednote.js). Only what a card shows: title, author and the like count.
import type { Post } from '../model';
import { recordId } from '../model';
import { parseCount } from '../parse/count';
import type { ParseContext, ParseResult } from './types';
import { definedOnly } from './xiaohongshu-fields';
import { noteUrl, XHS_ORIGIN } from './xiaohongshu-records';

// Cards link the note as /explore/<id>, /search_result/<id> or /discovery/item/<id>, ids 24 hex digits.
const NOTE_LINK = /\/(?:explore|search_result|discovery\/item)\/([0-9a-f]{24})(?:[/?#]|$)/;
const PROFILE_LINK = /\/user\/profile\/([0-9a-f]{24})(?:[/?#]|$)/;

function linkMatch(card: Element, selector: string, pattern: RegExp): { id: string; url: URL } | undefined {
  for (const link of Array.from(card.querySelectorAll(selector))) {
    const href = link.getAttribute('href') ?? '';
    const match = pattern.exec(href);
    if (!match) continue;
    try {
      return { id: match[1], url: new URL(href, XHS_ORIGIN) };
    } catch {
      return undefined;
    }
  }
  return undefined;
}

function textOf(element: Element | null): string | undefined {
  const text = element?.textContent?.replace(/\s+/g, ' ').trim();
  return text ? text : undefined;
}

function cardPost(card: Element, ctx: ParseContext): Post | undefined {
  // The card also holds a hidden plain /explore/<id> link; the cover link carries the xsec_token.
  const note = linkMatch(card, 'a.cover[href]', NOTE_LINK) ?? linkMatch(card, 'a[href]', NOTE_LINK);
  const profile = linkMatch(card, 'a[href*="/user/profile/"]', PROFILE_LINK);
  if (!note || !profile) return undefined;
  const title = textOf(card.querySelector('.title'));
  const name = textOf(card.querySelector('.author .name, .name'));
  // An unliked card shows the word "赞" instead of 0: parseCount leaves that absent.
  const likes = parseCount(textOf(card.querySelector('.like-wrapper .count, span.count')));
  return definedOnly<Post>({
    id: recordId('xiaohongshu', note.id),
    platform: 'xiaohongshu',
    kind: 'post',
    url: noteUrl(note.id, note.url.searchParams.get('xsec_token') ?? undefined),
    author: { id: recordId('xiaohongshu', profile.id), platform: 'xiaohongshu', name: name ?? profile.id, url: `${XHS_ORIGIN}/user/profile/${profile.id}` },
    text: title ?? '',
    title,
    media: card.querySelector('.play-icon') ? 'video' : 'image',
    metrics: definedOnly({ likes }),
    capturedAt: ctx.capturedAt,
    source: 'dom',
  });
}

export function noteCardsFromDom(doc: Document, ctx: ParseContext): ParseResult {
  const records: Post[] = [];
  const seen = new Set<string>();
  let skipped = 0;
  for (const card of Array.from(doc.querySelectorAll('.note-item'))) {
    const post = cardPost(card, ctx);
    if (!post) skipped++;
    else if (!seen.has(post.id)) {
      seen.add(post.id);
      records.push(post);
    }
  }
  return { records, skipped };
}
