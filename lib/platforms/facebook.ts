// Facebook as the mobile site (m.facebook.com / mbasic) shows it: posts and their comments read from the
// page markup. Facts: ../shared/docs/platforms.md §12. No field-level facts exist for www.facebook.com's
// GraphQL (`/api/graphql/`) responses, so none are tapped: guessing their shape would store wrong data.
import type { CapturedRecord } from '../model';
import { COMMENT_SELECTOR, foldedReplies, readComment } from './facebook-comments';
import { deferredDocuments } from './facebook-deferred';
import { readPost, STORY_SELECTOR } from './facebook-posts';
import type { Adapter, ParseContext, ParseResult } from './types';

/** The post a story or photo page is about: `story_fbid=` or the last number of a `/photos/…/<id>/` path. */
export function pagePostId(pageUrl: string): string | undefined {
  try {
    const url = new URL(pageUrl);
    const fbid = url.searchParams.get('story_fbid') ?? url.searchParams.get('fbid');
    if (fbid && /^\d+$/.test(fbid)) return fbid;
    return /\/photos\/(?:[^/]+\/)?(\d+)\/?$/.exec(url.pathname)?.[1];
  } catch {
    return undefined;
  }
}

function fromPage(doc: Document, ctx: ParseContext): ParseResult {
  const records: CapturedRecord[] = [];
  const seen = new Set<string>();
  let skipped = 0;
  const keep = (record: CapturedRecord | undefined) => {
    if (!record) skipped += 1;
    else if (!seen.has(record.id)) {
      seen.add(record.id);
      records.push(record);
    }
  };
  const postId = pagePostId(ctx.url);
  for (const part of [doc, ...deferredDocuments(doc)]) {
    for (const story of Array.from(part.querySelectorAll(STORY_SELECTOR))) keep(readPost(story, ctx));
    const replies = foldedReplies(part);
    for (const comment of Array.from(part.querySelectorAll(COMMENT_SELECTOR))) keep(readComment(comment, ctx, replies, postId));
  }
  return { records, skipped };
}

export const facebookAdapter: Adapter = {
  name: 'facebook',
  platform: 'facebook',
  hosts: ['www.facebook.com', 'm.facebook.com', 'mbasic.facebook.com'],
  responsePatterns: [],
  fromDocument: fromPage,
  fromDom: fromPage,
};
