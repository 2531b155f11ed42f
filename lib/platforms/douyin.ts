// Douyin (抖音): douyin.com web API (`aweme/v1/web/…`), the older iesdouyin.com share API
// (`web/api/v2/aweme/…`), and the state douyin.com pages embed. Facts: ../shared/docs/platforms.md §4.
import { DouyinCollector } from './douyin-collector';
import { readEmbeddedState } from './douyin-embedded';
import { isObject } from './douyin-fields';
import type { CommentPlace } from './douyin-records';
import { DOUYIN_RESPONSE_PATTERNS } from './patterns';
import type { Adapter, ParseContext, ParseResult } from './types';
import { numericParam, parseUrl } from './url';

/** comment/list names the aweme `aweme_id`; comment/list/reply names it `item_id`, its root `comment_id`. */
function placeFromRequest(url: URL | undefined): CommentPlace {
  return { postId: numericParam(url, 'aweme_id') ?? numericParam(url, 'item_id'), parentId: numericParam(url, 'comment_id') };
}

/** Detail pages name their aweme in the path: /video/{id}, /note/{id}, iesdouyin /share/video/{id}. */
function placeFromPage(url: URL | undefined): CommentPlace {
  const id = /\/(?:video|note|share\/video|share\/note)\/(\d{6,25})(?:[/?#]|$)/.exec(url?.pathname ?? '')?.[1];
  return { postId: id ?? numericParam(url, 'modal_id') };
}

function fromResponse(body: unknown, ctx: ParseContext): ParseResult {
  // status_code is 0 on success; anything else (login wall, risk check, rate limit) carries no data.
  if (!isObject(body) || (body.status_code !== undefined && Number(body.status_code) !== 0)) return { records: [], skipped: 1 };
  const collector = new DouyinCollector(ctx, 'api');
  collector.comments(body.comments, placeFromRequest(parseUrl(ctx.url)));
  if (body.aweme_detail !== undefined) collector.aweme(body.aweme_detail);
  collector.awemes(body.aweme_list);
  // iesdouyin `aweme/iteminfo` answers with `item_list`.
  collector.awemes(body.item_list);
  if (Array.isArray(body.cards)) for (const card of body.cards) if (isObject(card)) collector.aweme(card.aweme);
  if (Array.isArray(body.data)) collector.searchCards(body.data);
  if (isObject(body.data)) collector.trends(body.data.word_list);
  return collector.result();
}

function fromDocument(doc: Document, ctx: ParseContext): ParseResult {
  const collector = new DouyinCollector(ctx, 'embedded');
  const state = readEmbeddedState(doc);
  const place = placeFromPage(parseUrl(ctx.url));
  for (const root of state.roots) collector.walk(root, place);
  collector.skipped += state.broken;
  return collector.result();
}

export const douyinAdapter: Adapter = {
  name: 'douyin',
  platform: 'douyin',
  hosts: ['www.douyin.com', 'www.iesdouyin.com'],
  responsePatterns: DOUYIN_RESPONSE_PATTERNS,
  fromResponse,
  fromDocument,
};
