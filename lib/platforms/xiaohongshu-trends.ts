// Xiaohongshu trending (热搜, the list under the search box): `GET edith…/api/sns/web/v1/search/hot_list`
// → `data.items[]` of `{title, score, word_type, …}` (some clients read `data.list`). No real capture
// of it is in the corpus; the shape is what public clients of the endpoint read, so entries without
// a title are skipped and counted rather than guessed at.
import type { Trend } from '../model';
import { recordId } from '../model';
import { parseCount } from '../parse/count';
import type { ParseContext, ParseResult } from './types';
import { definedOnly, field, isObject, textField } from './xiaohongshu-fields';
import { XHS_ORIGIN } from './xiaohongshu-records';
import { RecordBag } from './record-bag';

export const HOT_LIST_PATH = /\/api\/sns\/web\/v\d\/search\/hot_list$/;

function toTrend(item: unknown, rank: number, ctx: ParseContext): Trend | undefined {
  if (!isObject(item)) return undefined;
  const title = textField(item, 'title', 'word', 'query');
  if (!title || title.length > 200) return undefined;
  const ownRank = parseCount(field(item, 'rank'));
  return definedOnly<Trend>({
    id: recordId('xiaohongshu', `hot:${title}`),
    platform: 'xiaohongshu',
    kind: 'trend',
    rank: ownRank && ownRank > 0 ? ownRank : rank,
    title,
    // The score comes as a number or a display string ("932.1w").
    heat: parseCount(field(item, 'score', 'hot_value')),
    url: `${XHS_ORIGIN}/search_result?keyword=${encodeURIComponent(title)}`,
    capturedAt: ctx.capturedAt,
  });
}

export function hotListTrends(body: unknown, ctx: ParseContext): ParseResult {
  const data = isObject(body) && isObject(body.data) ? body.data : undefined;
  const items = data ? field(data, 'items') ?? field(data, 'list') : undefined;
  if (!Array.isArray(items)) return { records: [], skipped: 1 };
  const bag = new RecordBag();
  items.forEach((item, index) => bag.add(toTrend(item, index + 1, ctx)));
  return bag.result();
}
