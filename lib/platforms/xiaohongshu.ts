// Xiaohongshu (小红书, RED): the web app's edith API, the page's embedded `__INITIAL_STATE__`, and
// note cards in the DOM as a last resort. Facts: ../shared/docs/platforms.md §5.
import type { CapturedRecord } from '../model';
import { parseCount } from '../parse/count';
import { XIAOHONGSHU_RESPONSE_PATTERNS } from './patterns';
import type { Adapter, ParseContext, ParseResult } from './types';
import { XhsCollector } from './xiaohongshu-collect';
import { noteCardsFromDom } from './xiaohongshu-dom';
import { field, isObject, type Json, objectField, textField } from './xiaohongshu-fields';
import type { CommentPlace } from './xiaohongshu-records';
import { readInitialState, STATE_MARKER } from './xiaohongshu-state';
import { HOT_LIST_PATH, hotListTrends } from './xiaohongshu-trends';
import { parseUrl } from './url';

const NOTE_PAGE = /^\/(?:explore|discovery\/item|search_result)\/([0-9a-zA-Z]+)\/?$/;
const PROFILE_PAGE = /^\/user\/profile\/([0-9a-zA-Z]+)\/?$/;

/** `{code: -100, success: false, msg: "登录已过期"}` and the like: an answer without data. */
function isErrorBody(body: Json): boolean {
  if (body.success === false) return true;
  return body.code !== undefined && body.code !== 0 && body.code !== '0';
}

/**
 * What the request says about the comments in the body: comment/page names the note (`note_id`),
 * comment/sub/page also the root comment whose replies it pages through; its body repeats neither.
 */
function placeFromRequest(url: URL | undefined): CommentPlace {
  const params = url?.searchParams;
  const place: CommentPlace = {};
  const noteId = params?.get('note_id');
  const rootId = params?.get('root_comment_id');
  if (noteId) place.postId = noteId;
  if (rootId && url?.pathname.endsWith('/comment/sub/page')) place.rootId = rootId;
  return place;
}

function fromResponse(body: unknown, ctx: ParseContext): ParseResult {
  if (!isObject(body) || isErrorBody(body)) return { records: [], skipped: 1 };
  const url = parseUrl(ctx.url);
  if (url && HOT_LIST_PATH.test(url.pathname)) return hotListTrends(body, ctx);
  const collector = new XhsCollector(ctx, 'api');
  collector.walk(body.data ?? body, placeFromRequest(url));
  return collector.result();
}

/** A profile page's state has the follower count (`interactions[type=fans]`) and IP属地 of its owner. */
function addProfileFacts(records: CapturedRecord[], state: unknown, pageUrl: URL | undefined): void {
  const ownerId = pageUrl ? PROFILE_PAGE.exec(pageUrl.pathname)?.[1] : undefined;
  const user = isObject(state) ? objectField(state, 'user') : undefined;
  const page = user ? objectField(user, 'user_page_data') : undefined;
  if (!ownerId || !page) return;
  const interactions = field(page, 'interactions');
  const fans = Array.isArray(interactions) ? interactions.find((entry) => isObject(entry) && entry.type === 'fans') : undefined;
  const followers = isObject(fans) ? parseCount(fans.count) : undefined;
  const basic = objectField(page, 'basic_info');
  const location = basic ? textField(basic, 'ip_location') : undefined;
  for (const record of records) {
    if (record.kind === 'trend' || record.author.id !== `xiaohongshu:${ownerId}`) continue;
    if (followers !== undefined) record.author.followers = followers;
    if (location && !record.author.location) record.author.location = location;
  }
}

function fromDocument(doc: Document, ctx: ParseContext): ParseResult {
  const collector = new XhsCollector(ctx, 'embedded');
  const pageUrl = parseUrl(ctx.url);
  const noteId = pageUrl ? NOTE_PAGE.exec(pageUrl.pathname)?.[1] : undefined;
  for (const script of Array.from(doc.querySelectorAll('script:not([src])'))) {
    const code = script.textContent ?? '';
    if (!code.includes(STATE_MARKER)) continue;
    const state = readInitialState(code);
    if (!isObject(state)) {
      collector.skipped++;
      continue;
    }
    collector.walk(state, noteId ? { postId: noteId } : {});
    addProfileFacts(collector.records, state, pageUrl);
  }
  return collector.result();
}

export const xiaohongshuAdapter: Adapter = {
  name: 'xiaohongshu',
  platform: 'xiaohongshu',
  hosts: ['www.xiaohongshu.com'],
  responsePatterns: XIAOHONGSHU_RESPONSE_PATTERNS,
  fromResponse,
  fromDocument,
  fromDom: noteCardsFromDom,
};
