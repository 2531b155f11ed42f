// Bilibili (哔哩哔哩): videos, dynamics (动态), comments, search and the hot lists, read from the
// page's own API calls to api.bilibili.com and from the video page's `window.__INITIAL_STATE__`.
// Facts: ../shared/docs/platforms.md §3. There is no DOM fallback: the comment area is a web
// component in closed-over shadow roots, and every other fact the DOM shows is also in the state.
import { readAssignedJson } from '../parse/json-literal';
import { dynamicItems, toDynamicPost } from './bilibili-dynamics';
import { verifiedOf } from './bilibili-ids';
import { arrayOf, idOf, isObject, type Json, objectAt } from './bilibili-json';
import { type ReplyArea, replyObjects, toReplyComment } from './bilibili-replies';
import { hotListOf, toTrend } from './bilibili-trends';
import { toVideoPost, type UploaderFacts } from './bilibili-videos';
import { BILIBILI_RESPONSE_PATTERNS } from './patterns';
import { RecordBag } from './record-bag';
import type { Adapter, ParseContext, ParseResult } from './types';
import { parseUrl } from './url';

class Collector extends RecordBag {
  constructor(readonly ctx: ParseContext) {
    super();
  }

}

/** The web API's envelope: `code` 0 is success; anything else (-352 risk control, 12002 closed…) has no data. */
function dataOf(body: unknown): Json | undefined {
  if (!isObject(body) || (body.code !== undefined && body.code !== 0 && body.code !== '0')) return undefined;
  return isObject(body.data) ? body.data : undefined;
}

function uploaderFacts(card: Json | undefined): UploaderFacts {
  return { followers: card?.fans ?? card?.follower, verified: verifiedOf(card?.Official, card?.official_verify, card?.official) };
}

/** x/web-interface/search/type: `result` is the list; search/all/v2: `result` groups lists by `result_type`. */
function searchVideos(data: Json): unknown[] {
  const result = arrayOf(data.result);
  const grouped = result.filter((group) => isObject(group) && Array.isArray(group.data));
  if (grouped.length === 0) return result;
  return grouped.filter((group) => (group as Json).result_type === 'video').flatMap((group) => (group as Json).data as unknown[]);
}

/** search/all/v2 lists matching users (`bili_user`) beside the videos: their follower counts, by mid. */
function searchedUploaders(data: Json): Map<string, UploaderFacts> {
  const uploaders = new Map<string, UploaderFacts>();
  for (const group of arrayOf(data.result)) {
    if (!isObject(group) || group.result_type !== 'bili_user') continue;
    for (const user of arrayOf(group.data)) {
      const mid = isObject(user) ? idOf(user.mid) : undefined;
      if (mid) uploaders.set(mid, uploaderFacts(user as Json));
    }
  }
  return uploaders;
}

function readResponse(path: string, url: URL | undefined, data: Json, into: Collector): void {
  const ctx = into.ctx;
  if (/^\/x\/v2\/reply(?:\/wbi)?(?:\/main|\/reply)?$/.test(path)) {
    const area: ReplyArea = { type: url?.searchParams.get('type') ?? undefined, oid: url?.searchParams.get('oid') ?? undefined };
    for (const reply of replyObjects(data)) into.add(toReplyComment(reply, area, ctx));
    return;
  }
  if (/^\/x\/web-interface\/(?:wbi\/)?view$/.test(path)) {
    into.add(toVideoPost(data, ctx, 'api'));
    return;
  }
  if (/^\/x\/web-interface\/(?:wbi\/)?view\/detail$/.test(path)) {
    // The video page's own call: the video (`View`) with its uploader's card (`Card.card.fans`).
    into.add(toVideoPost(data.View, ctx, 'api', uploaderFacts(objectAt(data, 'Card', 'card'))));
    return;
  }
  if (/^\/x\/web-interface\/(?:wbi\/)?search\//.test(path)) {
    const uploaders = searchedUploaders(data);
    for (const item of searchVideos(data)) {
      if (isObject(item) && item.type !== undefined && item.type !== 'video') continue;
      const mid = isObject(item) ? idOf(item.mid) : undefined;
      into.add(toVideoPost(item, ctx, 'api', (mid && uploaders.get(mid)) || {}));
    }
    return;
  }
  if (path.startsWith('/x/polymer/web-dynamic/')) {
    for (const item of dynamicItems(data)) {
      into.add(toDynamicPost(item, ctx));
      if (isObject(item) && isObject(item.orig)) into.add(toDynamicPost(item.orig, ctx));
    }
    return;
  }
  const hotList = hotListOf(url);
  if (hotList) {
    arrayOf(data.list).forEach((video, index) => {
      into.add(toTrend(video, hotList.firstRank + index, hotList.key, ctx));
      into.add(toVideoPost(video, ctx, 'api'));
    });
  }
}

function fromResponse(body: unknown, ctx: ParseContext): ParseResult {
  const collector = new Collector(ctx);
  const data = dataOf(body);
  const url = parseUrl(ctx.url);
  if (!data) {
    // A closed comment area or an empty page answers `data: null` with code 0: nothing to skip.
    if (!(isObject(body) && body.code === 0 && body.data === null)) collector.skipped++;
    return collector.result();
  }
  readResponse(url?.pathname ?? '', url, data, collector);
  return collector.result();
}

/**
 * Video pages embed `window.__INITIAL_STATE__ = {aid, bvid, videoData, upData, …};(function(){…})()`;
 * opus (动态) pages embed the dynamic as `detail` in the same variable.
 */
function fromDocument(doc: Document, ctx: ParseContext): ParseResult {
  const collector = new Collector(ctx);
  for (const script of Array.from(doc.querySelectorAll('script'))) {
    const code = script.textContent ?? '';
    if (!code.includes('__INITIAL_STATE__')) continue;
    const state = readAssignedJson(code, '__INITIAL_STATE__');
    if (!isObject(state)) {
      collector.skipped++;
      continue;
    }
    if (isObject(state.videoData)) {
      collector.add(toVideoPost(state.videoData, ctx, 'embedded', uploaderFacts(objectAt(state, 'upData'))));
    }
    if (isObject(state.detail) && idOf(state.detail.id_str)) {
      const post = toDynamicPost(state.detail, ctx);
      collector.add(post ? { ...post, source: 'embedded' } : undefined);
    }
  }
  return collector.result();
}

export const bilibiliAdapter: Adapter = {
  name: 'bilibili',
  platform: 'bilibili',
  hosts: ['www.bilibili.com', 't.bilibili.com', 'search.bilibili.com', 'space.bilibili.com'],
  responsePatterns: BILIBILI_RESPONSE_PATTERNS,
  fromResponse,
  fromDocument,
};
