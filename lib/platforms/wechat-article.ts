// One WeChat official-account article page → one Post. Facts: ../shared/docs/platforms.md §6.
// The page is server-rendered: metadata sits in inline-script variables (wechat-vars.ts), the body in
// #js_content. Read and like counts are not on the page (they come from mp/getappmsgext, see wechat.ts).
import type { Author, Post } from '../model';
import { recordId } from '../model';
import { decodeEntities, htmlToText } from '../parse/html-text';
import { parseTime } from '../parse/time';
import type { ParseContext } from './types';
import { readScriptVar } from './wechat-vars';
import { parseUrl } from './url';

/** What names one article: `__biz` (the account) + `mid` (the mass send) + `idx` (its place in it), and `sn`. */
export interface ArticleIds {
  biz?: string;
  mid?: string;
  idx?: string;
  sn?: string;
}

const nonEmpty = (value: string | null | undefined) => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
};

const MAX_LABEL = 1000;
const MAX_TEXT = 100_000;
function label(value: string): string;
function label(value: string | undefined): string | undefined;
function label(value: string | undefined): string | undefined {
  return value?.slice(0, MAX_LABEL);
}

// What each id looks like (biz is base64, mid and idx are numbers, sn hex); anything else is not an id.
const ID_SHAPES: Record<keyof ArticleIds, RegExp> = {
  biz: /^[A-Za-z0-9+/=_-]{1,128}$/,
  mid: /^\d{1,20}$/,
  idx: /^\d{1,3}$/,
  sn: /^[\w-]{1,128}$/,
};

function checkedIds(ids: ArticleIds): ArticleIds {
  const checked: ArticleIds = {};
  for (const key of Object.keys(ID_SHAPES) as (keyof ArticleIds)[]) {
    const value = ids[key];
    if (value && ID_SHAPES[key].test(value)) checked[key] = value;
  }
  return checked;
}

/** Ids from an article or API URL: `?__biz=…&mid=…&idx=…&sn=…` (`appmsgid`/`itemidx` on some older links). */
export function idsFromUrl(url: URL | undefined): ArticleIds {
  const param = (...names: string[]) => names.map((name) => nonEmpty(url?.searchParams.get(name))).find(Boolean);
  return checkedIds({ biz: param('__biz', 'biz'), mid: param('mid', 'appmsgid'), idx: param('idx', 'itemidx'), sn: param('sn') });
}

/**
 * `wechat:<biz>_<mid>_<idx>` — the triple is stable across the many URL forms of one article. The Sogou-opened
 * copies in the corpus have no `sn`, so `sn` (then the `/s/<token>` short link) is only the fallback.
 */
export function articleNativeId(ids: ArticleIds, url: URL | undefined): string | undefined {
  if (ids.biz && ids.mid && ids.idx) return `${ids.biz}_${ids.mid}_${ids.idx}`;
  if (ids.sn) return ids.sn;
  const token = url?.hostname === 'mp.weixin.qq.com' ? /^\/s\/([\w-]{8,})$/.exec(url.pathname)?.[1] : undefined;
  return token ? `s_${token}` : undefined;
}

export function articleUrl(ids: ArticleIds, fallback: string): string {
  if (!ids.biz || !ids.mid || !ids.idx) return fallback;
  // WeChat writes __biz with its base64 padding as is ("…MA=="); only + and / need escaping in a query.
  const biz = ids.biz.replace(/\+/g, '%2B').replace(/\//g, '%2F');
  return `https://mp.weixin.qq.com/s?__biz=${biz}&mid=${ids.mid}&idx=${ids.idx}${ids.sn ? `&sn=${ids.sn}` : ''}`;
}

function inlineScripts(doc: Document): string {
  return Array.from(doc.querySelectorAll('script:not([src])'), (script) => script.textContent ?? '').join('\n;\n');
}

function textOf(element: Element | null | undefined): string | undefined {
  return nonEmpty(element?.textContent?.replace(/\s+/g, ' '));
}

/** The writer's byline, shown next to the date; not the account name (that is the author record). */
function bylineOf(doc: Document): string | undefined {
  const named = textOf(doc.querySelector('#js_author_name'));
  if (named) return named;
  for (const element of Array.from(doc.querySelectorAll('#meta_content .rich_media_meta_text'))) {
    if (element.id === 'post-date' || element.classList.contains('rich_media_meta_nickname')) continue;
    if (element.closest('#js_profile_qrcode')) continue;
    const text = textOf(element);
    if (text) return text;
  }
  return undefined;
}

export interface ArticleParse {
  post?: Post;
  /** True when the page is an article page whose post could not be built (no id or no account). */
  broken: boolean;
}

export function readArticle(doc: Document, ctx: ParseContext): ArticleParse {
  const code = inlineScripts(doc);
  const pageVar = (name: string) => nonEmpty(readScriptVar(code, name));
  const content = doc.querySelector('#js_content');
  const title = nonEmpty(decodeEntities(pageVar('msg_title') ?? ''))
    ?? nonEmpty(doc.querySelector('meta[property="og:title"]')?.getAttribute('content'))
    ?? textOf(doc.querySelector('#activity-name'));
  if (!title && !content) return { broken: false };

  const url = parseUrl(ctx.url);
  const fromUrl = idsFromUrl(url);
  const fromPage = checkedIds({
    biz: pageVar('biz') ?? pageVar('appuin'),
    mid: pageVar('mid') ?? pageVar('appmsgid'),
    idx: pageVar('idx'),
    sn: pageVar('sn'),
  });
  const ids: ArticleIds = { ...fromUrl, ...fromPage };
  const nativeId = articleNativeId(ids, url);
  const userName = label(pageVar('user_name'));
  const accountId = ids.biz ?? userName;
  if (!nativeId || !accountId) return { broken: true };

  const author: Author = {
    id: recordId('wechat', accountId),
    platform: 'wechat',
    name: label(nonEmpty(decodeEntities(pageVar('nickname') ?? ''))
      ?? textOf(doc.querySelector('#js_name'))
      ?? textOf(doc.querySelector('#post-user'))
      ?? textOf(doc.querySelector('.profile_nickname'))
      ?? accountId),
  };
  if (userName) author.handle = userName;

  const text = ((content ? htmlToText(content.innerHTML) : '') || decodeEntities(pageVar('msg_desc') ?? '').trim()).slice(0, MAX_TEXT);
  // `ct` is epoch seconds; `publish_time` and #post-date are China-local dates (parseTime reads them as such).
  const createdAt = parseTime(pageVar('ct'), ctx.capturedAt)
    ?? parseTime(pageVar('publish_time'), ctx.capturedAt)
    ?? parseTime(textOf(doc.querySelector('#post-date')), ctx.capturedAt);
  const link = nonEmpty(decodeEntities(pageVar('msg_link') ?? '').replace(/^http:/, 'https:').replace(/#.*$/, ''));
  const linkUrl = link && link.length <= 2048 ? parseUrl(link) : undefined;

  const post: Post = {
    id: recordId('wechat', nativeId),
    platform: 'wechat',
    kind: 'post',
    url: linkUrl?.protocol === 'https:' ? linkUrl.href : articleUrl(ids, ctx.url),
    author,
    text,
    media: 'article',
    metrics: {},
    capturedAt: ctx.capturedAt,
    source: 'embedded',
  };
  if (title) post.title = label(title);
  if (createdAt) post.createdAt = createdAt;
  const byline = bylineOf(doc);
  if (byline) post.byline = label(byline);
  return { post, broken: false };
}
