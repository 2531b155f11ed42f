// Zhihu (知乎): www.zhihu.com API v4 (answers, feeds, comment_v5, members, search), the hot list,
// zhuanlan.zhihu.com column APIs (incl. the 2015 camelCase one), js-initialData, and the DOM.
// Facts: ../shared/docs/platforms.md §2.
import type { CapturedRecord, Source } from '../model';
import { ZHIHU_RESPONSE_PATTERNS } from './patterns';
import type { Adapter, ParseContext, ParseResult } from './types';
import { zhihuDomRecords } from './zhihu-dom';
import { isObject, type Json } from './zhihu-json';
import { contentTypeOf, type CommentPlace, type ContentType, contentUrl, postId, toComment, toPost } from './zhihu-records';
import { embeddedRecords, readInitialState, userLookup } from './zhihu-state';
import { hotListTrends } from './zhihu-trends';

const RESOURCE_TYPES: Record<string, ContentType> = {
  answers: 'answer', articles: 'article', pins: 'pin', zvideos: 'zvideo', questions: 'question',
};
// comment_v5/{answers|articles|zvideos|pins}/{id}/root_comment, and the older v4 {type}/{id}/root_comments|comments.
const ROOT_COMMENTS = /\/api\/v4\/(?:comment_v5\/)?(answers|articles|pins|zvideos|questions)\/(\d+)\/(?:root_comments?|comments)$/;
// comment_v5/comment/{root}/child_comment and v4 comments/{root}/child_comments.
const CHILD_COMMENTS = /\/api\/v4\/(?:comment_v5\/comment|comments)\/(\d+)\/child_comments?$/;
const HOT_LIST = /\/api\/v3\/feed\/topstory\/hot-list/;

class Collector {
  private readonly byId = new Map<string, CapturedRecord>();
  skipped = 0;

  add(record: CapturedRecord | undefined): void {
    if (!record) this.skipped++;
    else if (!this.byId.has(record.id)) this.byId.set(record.id, record);
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  merge(result: ParseResult): void {
    result.records.forEach((record) => this.add(record));
    this.skipped += result.skipped;
  }

  result(): ParseResult {
    return { records: [...this.byId.values()], skipped: this.skipped };
  }
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname.replace(/\/+$/, '');
  } catch {
    return '';
  }
}

function comments(items: unknown[], place: CommentPlace, ctx: ParseContext, into: Collector): void {
  for (const item of items) {
    into.add(toComment(item, place, ctx, 'api'));
    // comment_v5 root comments carry their first replies in `child_comments`.
    const children = isObject(item) && Array.isArray(item.child_comments) ? item.child_comments : [];
    const rootId = isObject(item) ? String(item.id ?? '') : '';
    for (const child of children) into.add(rootId ? toComment(child, { ...place, rootId }, ctx, 'api') : undefined);
  }
}

/** A feed/list item is the content itself, or wraps it as `target` (feeds, topstory) or `object` (search). */
function contents(items: unknown[], ctx: ParseContext, source: Source, into: Collector): void {
  for (const item of items) {
    const content = isObject(item) ? (isObject(item.target) ? item.target : isObject(item.object) ? item.object : item) : undefined;
    // Ads, people cards, search hints and paging cards are not content; skipping them is not a loss.
    const type = content ? contentTypeOf(content) : undefined;
    if (!content || !type) continue;
    const post = toPost(content, ctx, source);
    // Questions are often sent without their asker: such a question is not malformed, just not a post.
    if (post || type !== 'question') into.add(post);
  }
}

function fromResponse(body: unknown, ctx: ParseContext): ParseResult {
  const into = new Collector();
  if (!isObject(body) || isObject(body.error)) return { records: [], skipped: 1 };
  const path = pathOf(ctx.url);
  const data: unknown[] = Array.isArray(body.data) ? body.data : [];
  const root = ROOT_COMMENTS.exec(path);
  if (root) {
    const type = RESOURCE_TYPES[root[1]];
    comments(data, { postId: postId(type, root[2]), postUrl: contentUrl(type, root[2]) }, ctx, into);
  } else if (CHILD_COMMENTS.test(path)) {
    // Replies loaded on their own do not say which answer or article they are under, and a comment
    // record needs its post: they are counted as skipped (their first replies came with the root).
    into.skipped += data.length;
  } else if (HOT_LIST.test(path)) {
    into.merge(hotListTrends(data, ctx));
  } else if (Array.isArray(body.data)) {
    contents(data, ctx, 'api', into);
  } else {
    contents([body as Json], ctx, 'api', into);
  }
  return into.result();
}

/** Embedded state first; the DOM adds what the state does not hold (column cards, retired pages). */
function fromDocument(doc: Document, ctx: ParseContext): ParseResult {
  const into = new Collector();
  const state = readInitialState(doc);
  if (state) into.merge(embeddedRecords(state, ctx));
  const dom = zhihuDomRecords(doc, ctx, userLookup(state));
  for (const record of dom.records) if (!into.has(record.id)) into.add(record);
  into.skipped += dom.skipped;
  return into.result();
}

/** Cards the SPA renders after load (infinite scroll) — read from the markup, authors from the state. */
function fromDom(doc: Document, ctx: ParseContext): ParseResult {
  return zhihuDomRecords(doc, ctx, userLookup(readInitialState(doc)));
}

export const zhihuAdapter: Adapter = {
  name: 'zhihu',
  platform: 'zhihu',
  hosts: ['www.zhihu.com', 'zhuanlan.zhihu.com'],
  responsePatterns: ZHIHU_RESPONSE_PATTERNS,
  fromResponse,
  fromDocument,
  fromDom,
};
