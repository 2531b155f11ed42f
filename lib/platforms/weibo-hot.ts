// 微博热搜 → `trend` records. Three shapes of the same list:
//   weibo.com ajax/side/hotSearch   data.realtime[]  {word, num, realpos, rank (0-based), note, label_name, is_ad?}
//   weibo.com ajax/statuses/hot_band data.band_list[] (same item shape, the full /hot/search page)
//   m.weibo.cn getIndex?containerid=106003type=25…filter_type=realtimehot  cards[].card_group[] {desc, desc_extr, pic}
// No capture of these is in ../shared/fixtures; the shapes are public knowledge (see weibo-hot.test.ts).
import type { Trend } from '../model';
import { recordId } from '../model';
import { parseCount, plausibleCount } from '../parse/count';
import type { ParseContext, ParseResult } from './types';
import { isObject, type Json } from './weibo-records';

const MAX_TITLE = 1000;

export function isHotSearchRequest(url: URL | undefined): boolean {
  if (!url) return false;
  if (/\/ajax\/(?:side\/hotSearch|statuses\/hot_band)$/.test(url.pathname)) return true;
  return url.pathname.endsWith('/api/container/getIndex') && (url.searchParams.get('containerid') ?? '').startsWith('106003');
}

export function hotSearchUrl(word: string): string {
  return `https://s.weibo.com/weibo?q=${encodeURIComponent(`#${word}#`)}`;
}

function wordOf(value: unknown): string | undefined {
  // Topic words come as "#话题#" in some shapes (word_scheme); the record keeps the bare word.
  const word = typeof value === 'string' ? value.trim().replace(/^#(.+)#$/, '$1').trim() : '';
  return word ? word.slice(0, MAX_TITLE) : undefined;
}

function toTrend(word: string, rank: number, heat: number | undefined, ctx: ParseContext): Trend {
  const trend: Trend = { id: recordId('weibo', `hot:${word}`), platform: 'weibo', kind: 'trend', rank, title: word, url: hotSearchUrl(word), capturedAt: ctx.capturedAt };
  if (heat !== undefined) trend.heat = heat;
  return trend;
}

/** The same word twice in one list (it happens around updates) is one entry: the first, higher place wins. */
function unique(records: Trend[]): Trend[] {
  const seen = new Set<string>();
  return records.filter((record) => !seen.has(record.id) && Boolean(seen.add(record.id)));
}

const positiveRank = (value: unknown) => {
  const rank = parseCount(value);
  return rank !== undefined && rank > 0 ? rank : undefined;
};

/** realtime[] / band_list[]: `realpos` is the place shown (1-based); `rank` is 0-based; ads are not entries. */
function fromRealtime(items: unknown[], ctx: ParseContext): ParseResult {
  const records: Trend[] = [];
  let skipped = 0;
  let shown = 0;
  for (const item of items) {
    if (!isObject(item)) {
      skipped++;
      continue;
    }
    // Promoted slots ("荐") sit among the entries with is_ad set; they are not part of the hot list.
    if (item.is_ad === 1 || item.is_ad === true || item.is_ad === '1') continue;
    shown++;
    const word = wordOf(item.word) ?? wordOf(item.note);
    if (!word) {
      skipped++;
      continue;
    }
    const zeroBased = parseCount(item.rank);
    const rank = positiveRank(item.realpos) ?? (zeroBased !== undefined ? plausibleCount(zeroBased + 1) : undefined) ?? shown;
    records.push(toTrend(word, rank, parseCount(item.num), ctx));
  }
  return { records: unique(records), skipped };
}

// desc_extr is the heat, either a number or a category and a number ("剧集 412345").
function heatOf(value: unknown): number | undefined {
  if (typeof value === 'number') return parseCount(value);
  const match = typeof value === 'string' ? /(\d+(?:\.\d+)?\s*[万亿]?)\s*$/.exec(value.trim()) : null;
  return match ? parseCount(match[1]) : undefined;
}

/** m.weibo.cn: the pinned entry (pic "…img_search_stick…") has no rank; ranked ones show "…img_search_<n>…". */
function fromCards(cards: unknown[], ctx: ParseContext): ParseResult {
  const records: Trend[] = [];
  let skipped = 0;
  let ranked = 0;
  for (const card of cards) {
    const group = isObject(card) && Array.isArray(card.card_group) ? card.card_group : [];
    for (const item of group) {
      if (!isObject(item)) {
        skipped++;
        continue;
      }
      const pic = typeof item.pic === 'string' ? item.pic : '';
      if (/stick/i.test(pic) || isObject(item.promotion)) continue;
      const word = wordOf(item.desc);
      if (!word) {
        skipped++;
        continue;
      }
      ranked++;
      const rank = positiveRank(/img_search_(\d+)\./.exec(pic)?.[1]) ?? ranked;
      records.push(toTrend(word, rank, heatOf(item.desc_extr), ctx));
    }
  }
  return { records: unique(records), skipped };
}

/** The hot list in any of its three shapes; an error body or a shape not seen before counts as one skip. */
export function weiboHotTrends(body: Json, ctx: ParseContext): ParseResult {
  const data = isObject(body.data) ? body.data : undefined;
  if (data && Array.isArray(data.realtime)) return fromRealtime(data.realtime, ctx);
  if (data && Array.isArray(data.band_list)) return fromRealtime(data.band_list, ctx);
  if (data && Array.isArray(data.cards)) return fromCards(data.cards, ctx);
  return { records: [], skipped: 1 };
}
