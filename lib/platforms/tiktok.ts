// TikTok: tiktok.com web API (`api/post/item_list`, `api/item/detail`, `api/recommend/item_list`,
// `api/search/…/full`, `api/comment/list` and its replies) and the state its pages embed.
// Facts: ../shared/docs/platforms.md §10.
import type { Author, Source } from '../model';
import { field, idField, isObject, type Json } from './douyin-fields';
import { arrayOf } from './json';
import { TIKTOK_RESPONSE_PATTERNS } from './patterns';
import { readTiktokState } from './tiktok-state';
import { type CommentPlace, toAuthor, toComment, toPost } from './tiktok-records';
import { RecordBag } from './record-bag';
import type { Adapter, ParseContext, ParseResult } from './types';
import { numericParam, parseUrl } from './url';

// Search `data[]` entries: type 1 is a video item, type 4 a list of users (not posts).
const SEARCH_ITEM_TYPE = 1;

class TiktokCollector extends RecordBag {
  constructor(private readonly ctx: ParseContext, private readonly source: Source) {
    super();
  }

  item(item: unknown, pageAuthor?: Author): void {
    // Live rooms ride in the same lists but are not posts (Zeeschuimer skips them too).
    if (isObject(item) && item.liveRoomInfo !== undefined) return;
    this.add(toPost(item, this.ctx, this.source, pageAuthor));
  }

  items(list: unknown): void {
    for (const item of arrayOf(list)) this.item(item);
  }

  /** Roots, and the replies that ride along in `reply_comment`. */
  comments(list: unknown, place: CommentPlace): void {
    for (const comment of arrayOf(list)) {
      this.add(toComment(comment, place, this.ctx, this.source));
      if (!isObject(comment)) continue;
      const cid = idField(comment, 'cid');
      const postId = idField(comment, 'aweme_id') ?? place.postId;
      if (cid) this.comments(field(comment, 'reply_comment'), { postId, parentId: cid });
    }
  }

  search(entries: unknown[]): void {
    for (const entry of entries) {
      if (!isObject(entry)) this.skipped++;
      else if (entry.item !== undefined && Number(entry.type ?? SEARCH_ITEM_TYPE) === SEARCH_ITEM_TYPE) this.item(entry.item);
    }
  }
}

function fromResponse(body: unknown, ctx: ParseContext): ParseResult {
  // status_code (statusCode on some item endpoints) is 0 on success; anything else carries no data.
  const status = isObject(body) ? body.status_code ?? body.statusCode : undefined;
  if (!isObject(body) || (status !== undefined && Number(status) !== 0)) return { records: [], skipped: 1 };
  const collector = new TiktokCollector(ctx, 'api');
  const url = parseUrl(ctx.url);
  // comment/list names the item `aweme_id`; comment/list/reply names it `item_id`, its root `comment_id`.
  const place = { postId: numericParam(url, 'aweme_id') ?? numericParam(url, 'item_id'), parentId: numericParam(url, 'comment_id') };
  collector.comments(body.comments, place);
  collector.items(body.itemList ?? body.item_list);
  const detail = (body.itemInfo as Json | undefined)?.itemStruct;
  if (isObject(body.itemInfo) && detail !== undefined) collector.item(detail);
  if (Array.isArray(body.data)) collector.search(body.data);
  return collector.result();
}

function fromDocument(doc: Document, ctx: ParseContext): ParseResult {
  const collector = new TiktokCollector(ctx, 'embedded');
  const state = readTiktokState(doc);
  const pageAuthor = state.user ? toAuthor(state.user.user, state.user.stats) : undefined;
  for (const item of state.items) {
    // SIGI items name their author by handle only; the user sits in UserModule.
    const byHandle = isObject(item) && typeof item.author === 'string' ? state.usersByHandle.get(item.author) : undefined;
    collector.item(item, byHandle ? toAuthor(byHandle.user, byHandle.stats) : pageAuthor);
  }
  collector.skipped += state.broken;
  return collector.result();
}

export const tiktokAdapter: Adapter = {
  name: 'tiktok',
  platform: 'tiktok',
  hosts: ['www.tiktok.com'],
  responsePatterns: TIKTOK_RESPONSE_PATTERNS,
  fromResponse,
  fromDocument,
};
