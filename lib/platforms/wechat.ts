// WeChat official-account articles (mp.weixin.qq.com/s…). Facts: ../shared/docs/platforms.md §6.
// The article page itself is the capture (wechat-article.ts); the one API read is mp/getappmsgext,
// which only a WeChat client session answers, with the article's read and like counts.
import type { Metrics, Post } from '../model';
import { recordId } from '../model';
import { parseCount } from '../parse/count';
import { WECHAT_RESPONSE_PATTERNS } from './patterns';
import type { Adapter, ParseContext, ParseResult } from './types';
import { articleNativeId, articleUrl, idsFromUrl, readArticle } from './wechat-article';
import { parseUrl } from './url';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * `appmsgstat.read_num` / `like_num`: only what the response states. A reply without them (no session,
 * `show: false`) gives no counts at all, never zeros.
 */
export function articleStats(body: unknown): Metrics | undefined {
  const stat = isObject(body) && isObject(body.appmsgstat) ? body.appmsgstat : undefined;
  if (!stat || stat.show === false) return undefined;
  const metrics: Metrics = {};
  const views = parseCount(stat.read_num);
  const likes = parseCount(stat.like_num);
  if (views !== undefined) metrics.views = views;
  if (likes !== undefined) metrics.likes = likes;
  return Object.keys(metrics).length ? metrics : undefined;
}

/**
 * The counts arrive without title, text or account name, so they travel as a bare Post of the same id:
 * ingest merges it into the article read from the page (an empty text or name never erases a stored one).
 */
function fromResponse(body: unknown, ctx: ParseContext): ParseResult {
  const url = parseUrl(ctx.url);
  if (!url || !/\/mp\/getappmsgext$/.test(url.pathname)) return { records: [], skipped: 0 };
  if (!isObject(body)) return { records: [], skipped: 1 };
  const metrics = articleStats(body);
  if (!metrics) return { records: [], skipped: 0 };
  const ids = idsFromUrl(url);
  const nativeId = articleNativeId(ids, undefined);
  if (!nativeId || !ids.biz) return { records: [], skipped: 1 };
  const post: Post = {
    id: recordId('wechat', nativeId),
    platform: 'wechat',
    kind: 'post',
    url: articleUrl(ids, 'https://mp.weixin.qq.com/'),
    author: { id: recordId('wechat', ids.biz), platform: 'wechat', name: '' },
    text: '',
    media: 'article',
    metrics,
    capturedAt: ctx.capturedAt,
    source: 'api',
  };
  return { records: [post], skipped: 0 };
}

function fromDocument(doc: Document, ctx: ParseContext): ParseResult {
  const { post, broken } = readArticle(doc, ctx);
  return { records: post ? [post] : [], skipped: broken ? 1 : 0 };
}

export const wechatAdapter: Adapter = {
  name: 'wechat',
  platform: 'wechat',
  hosts: ['mp.weixin.qq.com'],
  responsePatterns: WECHAT_RESPONSE_PATTERNS,
  fromResponse,
  fromDocument,
};
