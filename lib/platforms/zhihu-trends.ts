// 知乎热榜 (www.zhihu.com/hot) → trend records. Two API shapes are in use:
// - /api/v3/feed/topstory/hot-lists/total: `data[].target` is the question ({id, title, url}), the heat
//   is `data[].detail_text` ("1234 万热度");
// - /api/v3/feed/topstory/hot-list-web: `data[].target` is a display card ({title_area.text,
//   metrics_area.text, link.url}).
// The /hot page embeds the same cards, camelCased, as js-initialData `initialState.topstory.hotList`.
import type { Trend } from '../model';
import { recordId } from '../model';
import { parseCount } from '../parse/count';
import { htmlToText } from '../parse/html-text';
import type { ParseContext, ParseResult } from './types';
import { absoluteUrl, definedOnly, idOf, isObject, pick, textOf } from './zhihu-json';
import { RecordBag } from './record-bag';

/** The app API links questions as api.zhihu.com/questions/<id>; readers open www.zhihu.com/question/<id>. */
function questionIdOf(url: string | undefined): string | undefined {
  return url ? /\/questions?\/(\d+)/.exec(url)?.[1] : undefined;
}

function toTrend(item: unknown, rank: number, ctx: ParseContext): Trend | undefined {
  const target = isObject(item) ? item.target : undefined;
  if (!isObject(target)) return undefined;
  const rawTitle = textOf(pick(target, 'title')) ?? textOf(pick(pick(target, 'title_area'), 'text'));
  const link = absoluteUrl(pick(pick(target, 'link'), 'url')) ?? absoluteUrl(pick(target, 'url'));
  const questionId = idOf(pick(target, 'id')) ?? questionIdOf(link);
  const url = questionId ? `https://www.zhihu.com/question/${questionId}` : link;
  const title = rawTitle ? htmlToText(rawTitle).slice(0, 1000) : undefined;
  if (!title || !url) return undefined;
  const cardId = idOf(pick(item, 'card_id', 'id'));
  const key = questionId ?? cardId;
  if (!key) return undefined;
  return definedOnly<Trend>({
    id: recordId('zhihu', `hot:${key}`),
    platform: 'zhihu',
    kind: 'trend',
    rank,
    title,
    heat: parseCount(pick(item, 'detail_text')) ?? parseCount(pick(pick(target, 'metrics_area'), 'text')),
    url,
    capturedAt: ctx.capturedAt,
  });
}

export function hotListTrends(items: unknown[], ctx: ParseContext): ParseResult {
  const bag = new RecordBag();
  items.forEach((item, index) => bag.add(toTrend(item, index + 1, ctx)));
  return bag.result();
}
