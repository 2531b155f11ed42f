// Weibo: m.weibo.cn (mobile web) and weibo.com (desktop `ajax` API). Facts: ../shared/docs/platforms.md §1.
// 微博热搜 (hot list) responses become trend records (weibo-hot.ts).
import type { Metrics, Source } from '../model';
import { recordId } from '../model';
import { parseCount } from '../parse/count';
import { htmlToText } from '../parse/html-text';
import { readAssignedJson } from '../parse/json-literal';
import { WEIBO_RESPONSE_PATTERNS } from './patterns';
import { isHotSearchRequest, weiboHotTrends } from './weibo-hot';
import { RecordBag } from './record-bag';
import type { Adapter, ParseContext, ParseResult } from './types';
import { type CommentPlace, isObject, type Json, nativeId, toComment, toPost } from './weibo-records';
import { parseUrl } from './url';

const COMMENT_ENDPOINT = /\/(?:comments\/hotflow|api\/comments\/show|ajax\/statuses\/buildComments)$/;
const KNOWN_ENDPOINT = /\/(?:api\/container\/getIndex|statuses\/(?:show|extend|longtext|mymblog)|api\/statuses\/repostTimeline|ajax\/feed\/[^/]+)$/;

class Collector extends RecordBag {
  constructor(private readonly ctx: ParseContext, private readonly source: Source) {
    super();
  }

  /** A status, and the status it reposts as a post of its own. */
  status(status: unknown): void {
    this.add(toPost(status, this.ctx, this.source));
    if (isObject(status) && isObject(status.retweeted_status)) this.status(status.retweeted_status);
  }

  /** getIndex cards: card_type 9 carries an mblog; search and topic pages nest cards in card_group. */
  cards(cards: unknown[]): void {
    for (const card of cards) {
      if (!isObject(card)) continue;
      if (isObject(card.mblog)) this.status(card.mblog);
      else if (Number(card.card_type) === 9) this.skipped++;
      if (Array.isArray(card.card_group)) this.cards(card.card_group);
    }
  }

  comments(items: unknown[], fromUrl: Partial<CommentPlace>): void {
    for (const item of items) {
      const postId = postIdOf(item) ?? fromUrl.postId ?? postIdFromAnalysis(item);
      if (!postId) {
        this.skipped++;
        continue;
      }
      const comment = toComment(item, { postId, parentId: fromUrl.parentId }, this.ctx);
      this.add(comment);
      // Replies ride along inside their root comment (`comments`, or `false` when there are none).
      const replies = isObject(item) && Array.isArray(item.comments) ? item.comments : [];
      const rootId = isObject(item) ? nativeId(item.idstr, item.id) : undefined;
      for (const reply of replies) this.add(rootId ? toComment(reply, { postId, parentId: rootId }, this.ctx) : undefined);
    }
  }
}

/** api/comments/show items carry their status; the others do not. */
function postIdOf(item: unknown): string | undefined {
  if (!isObject(item) || !isObject(item.status)) return undefined;
  return nativeId(item.status.idstr, item.status.id, item.status.mid);
}

/** weibo.com comments carry `analysis_extra: "author_uid:…|mid:<post mid>"`. */
function postIdFromAnalysis(item: unknown): string | undefined {
  const extra = isObject(item) && typeof item.analysis_extra === 'string' ? item.analysis_extra : '';
  return /(?:^|\|)mid:(\d+)/.exec(extra)?.[1];
}

function placeFromUrl(url: URL | undefined): Partial<CommentPlace> {
  const params = url?.searchParams;
  if (!params) return {};
  // weibo.com loads the replies of one comment with fetch_level=1: then `id` is that root comment.
  if (params.get('fetch_level') === '1') return { parentId: params.get('id') ?? undefined };
  const id = params.get('mid') ?? params.get('id') ?? undefined;
  return id && /^\d+$/.test(id) ? { postId: id } : {};
}

function isErrorBody(body: Json): boolean {
  if ('error_code' in body || 'errno' in body) return true;
  return 'ok' in body && body.ok !== 1 && body.ok !== '1' && body.ok !== true;
}

function looksLikeStatus(value: unknown): value is Json {
  return isObject(value) && isObject(value.user) && ('text' in value || 'text_raw' in value);
}

function commentItems(body: Json): unknown[] {
  const data = body.data;
  const list = Array.isArray(data) ? data : isObject(data) && Array.isArray(data.data) ? data.data : [];
  return Array.isArray(body.rootComment) ? [...body.rootComment, ...list] : list;
}

function looksLikeComments(items: unknown[]): boolean {
  return items.some((item) => isObject(item) && ('rootid' in item || 'floor_number' in item));
}

/** Timelines, search, single statuses: wherever the statuses sit in this response. */
function collectStatuses(body: Json, into: Collector): void {
  const data = isObject(body.data) ? body.data : undefined;
  if (data && Array.isArray(data.cards)) into.cards(data.cards);
  else if (data && Array.isArray(data.list)) data.list.forEach((status) => into.status(status));
  else if (Array.isArray(body.statuses)) body.statuses.forEach((status) => into.status(status));
  else if (data && Array.isArray(data.statuses)) data.statuses.forEach((status) => into.status(status));
  else if (data && Array.isArray(data.data)) data.data.forEach((status) => into.status(status));
  else if (looksLikeStatus(data)) into.status(data);
  else if (looksLikeStatus(body)) into.status(body);
  // Otherwise nothing to keep: a profile (`data.userInfo`), a long-text expansion (see weiboLongText).
}

function fromResponse(body: unknown, ctx: ParseContext): ParseResult {
  if (!isObject(body) || isErrorBody(body)) return { records: [], skipped: 1 };
  const url = parseUrl(ctx.url);
  if (isHotSearchRequest(url)) return weiboHotTrends(body, ctx);
  const path = url?.pathname ?? '';
  const collector = new Collector(ctx, 'api');
  const items = commentItems(body);
  if (COMMENT_ENDPOINT.test(path) || (!KNOWN_ENDPOINT.test(path) && looksLikeComments(items))) {
    collector.comments(items, placeFromUrl(url));
  } else {
    collectStatuses(body, collector);
  }
  return collector.result();
}

/** The m.weibo.cn detail page (`/detail/{mid}`, `/status/{bid}`) embeds `var $render_data = [{status}][0]`. */
function fromDocument(doc: Document, ctx: ParseContext): ParseResult {
  const collector = new Collector(ctx, 'embedded');
  for (const script of Array.from(doc.querySelectorAll('script'))) {
    const code = script.textContent ?? '';
    if (!code.includes('$render_data')) continue;
    const data = readAssignedJson(code, '$render_data');
    const first = Array.isArray(data) ? data[0] : data;
    if (isObject(first) && first.status !== undefined) collector.status(first.status);
    else collector.skipped++;
  }
  return collector.result();
}

/** What a long-text expansion adds to a post already captured: the full text and fresh counts. */
export interface WeiboLongText {
  postId: string;
  text: string;
  metrics: Metrics;
}

/**
 * m.weibo.cn `statuses/extend` (and weibo.com `ajax/statuses/longtext`) return only the full text and
 * counts, without the author, so they cannot become a Post record on their own. The post id is the
 * request's `id=` (numeric mid only; weibo.com may pass the short mblogid, which is not an id).
 */
export function weiboLongText(body: unknown, ctx: ParseContext): WeiboLongText | undefined {
  const data = isObject(body) && isObject(body.data) ? body.data : undefined;
  const id = parseUrl(ctx.url)?.searchParams.get('id');
  if (!data || typeof data.longTextContent !== 'string' || !id || !/^\d+$/.test(id)) return undefined;
  const metrics: Metrics = {};
  const likes = parseCount(data.attitudes_count);
  const comments = parseCount(data.comments_count);
  const shares = parseCount(data.reposts_count);
  if (likes !== undefined) metrics.likes = likes;
  if (comments !== undefined) metrics.comments = comments;
  if (shares !== undefined) metrics.shares = shares;
  return { postId: recordId('weibo', id), text: htmlToText(data.longTextContent), metrics };
}

export const weiboAdapter: Adapter = {
  name: 'weibo',
  platform: 'weibo',
  hosts: ['weibo.com', 'www.weibo.com', 'm.weibo.cn'],
  responsePatterns: WEIBO_RESPONSE_PATTERNS,
  fromResponse,
  fromDocument,
};
