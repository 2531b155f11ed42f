// B站热门 (www.bilibili.com/v/popular/*): the hot lists are lists of videos in the view shape.
// Each entry becomes a `trend` (its place on that list) and the video itself becomes a post.
import type { Trend } from '../model';
import { recordId } from '../model';
import { parseCount } from '../parse/count';
import { bvidOf, videoUrl } from './bilibili-ids';
import { idOf, isObject, objectAt } from './bilibili-json';
import { plainTitle } from './bilibili-videos';
import type { ParseContext } from './types';

/** Which hot list a response is, from its path; undefined for any other endpoint. */
export function hotListOf(url: URL | undefined): { key: string; firstRank: number } | undefined {
  if (!url) return undefined;
  const params = url.searchParams;
  const path = url.pathname.replace(/\/wbi\//, '/');
  if (path === '/x/web-interface/popular') {
    // 综合热门 pages through `pn` / `ps` (20 a page by default): rank continues across pages.
    const page = Math.max(1, Number(params.get('pn')) || 1);
    const size = Math.max(1, Number(params.get('ps')) || 20);
    return { key: 'popular', firstRank: (page - 1) * size + 1 };
  }
  if (path === '/x/web-interface/ranking/v2') {
    const zone = idOf(params.get('rid'));
    return { key: zone ? `ranking-${zone}` : 'ranking', firstRank: 1 };
  }
  if (path === '/x/web-interface/popular/series/one') {
    const issue = idOf(params.get('number'));
    return { key: issue ? `weekly-${issue}` : 'weekly', firstRank: 1 };
  }
  if (path === '/x/web-interface/popular/precious') return { key: 'precious', firstRank: 1 };
  return undefined;
}

/** One list entry; heat is the list's own score where it has one (排行榜 `score`), else the views. */
export function toTrend(video: unknown, rank: number, listKey: string, ctx: ParseContext): Trend | undefined {
  if (!isObject(video)) return undefined;
  const aid = idOf(video.aid);
  const title = plainTitle(video.title);
  if (!aid || !title) return undefined;
  const bvid = bvidOf(video.bvid);
  const trend: Trend = {
    id: recordId('bilibili', `${listKey}:${bvid ?? `av${aid}`}`),
    platform: 'bilibili',
    kind: 'trend',
    rank,
    title,
    url: videoUrl(bvid, aid),
    capturedAt: ctx.capturedAt,
  };
  const heat = parseCount(video.score) ?? parseCount(objectAt(video, 'stat')?.view);
  if (heat !== undefined) trend.heat = heat;
  return trend;
}
