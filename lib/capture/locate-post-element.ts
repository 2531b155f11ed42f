// Which element on the page shows a post: the platform's post container, found from the record's id
// (X) or from a link to the record's URL (Weibo and everything else).
import type { Platform } from '../model';
import { postUrlKey } from './locate-post-url';

/**
 * The element that holds one whole post, per platform. X: ../shared/docs/platforms.md §7 DOM. Weibo:
 * the sheet has no saved weibo.com page; `article` is what the test and demo pages use and what the
 * desktop site is reported to use (a class fragment like `Feed` would also match a card's header or body
 * and crop its counts away, so it is not used). Zhihu: `div.ContentItem` (§2 DOM 2021); Xiaohongshu:
 * `.note-item` (§5 DOM fallback).
 */
const POST_CONTAINERS: Partial<Record<Platform, string>> = {
  x: 'article[data-testid="tweet"]',
  weibo: 'article',
  zhihu: '.ContentItem',
  xiaohongshu: '.note-item',
};
const ANY_POST_CONTAINER = 'article, [role="article"]';

export function postContainerSelector(platform: Platform | undefined): string {
  return (platform && POST_CONTAINERS[platform]) ?? ANY_POST_CONTAINER;
}

/** The platform part of a record id (`weibo:123` → weibo). */
export function platformOfRecord(recordId: string): Platform | undefined {
  const prefix = recordId.slice(0, recordId.indexOf(':'));
  return prefix ? (prefix as Platform) : undefined;
}

const X_STATUS_ID = /\/status\/(\d+)(?:[/?#]|$)/;

/**
 * A tweet's own status id. Its permalink is the link around its timestamp; other status links in the
 * same article may belong to a quoted tweet.
 */
export function xStatusIdOf(article: Element): string | undefined {
  const timeLink = article.querySelector('time')?.closest('a[href*="/status/"]');
  const links = [timeLink, ...Array.from(article.querySelectorAll('a[href*="/status/"]'))];
  for (const link of links) {
    const match = link ? X_STATUS_ID.exec(link.getAttribute('href') ?? '') : null;
    if (match) return match[1];
  }
  return undefined;
}

function xPostElements(doc: Document, recordId: string): Element[] {
  const nativeId = recordId.slice('x:'.length);
  return Array.from(doc.querySelectorAll(POST_CONTAINERS.x!)).filter((article) => xStatusIdOf(article) === nativeId);
}

/** Containers holding a link to `url`; the innermost container is the post (a repost nests its original). */
function linkedPostElements(doc: Document, url: string, platform: Platform | undefined): Element[] {
  const key = postUrlKey(url);
  if (!key) return [];
  const base = doc.location?.href ?? doc.baseURI;
  const found = new Set<Element>();
  for (const link of Array.from(doc.querySelectorAll('a[href]'))) {
    if (postUrlKey(link.getAttribute('href')!, base) !== key) continue;
    const container = link.closest(postContainerSelector(platform));
    if (container) found.add(container);
  }
  return [...found];
}

/**
 * The elements that may show the record, best first. A post page rarely links to itself: when the tab
 * is the record's own page and no link was found, the first post container on the page is the post.
 */
export function postElementsFor(doc: Document, target: { recordId: string; url?: string }): Element[] {
  const platform = platformOfRecord(target.recordId);
  if (platform === 'x') {
    const tweets = xPostElements(doc, target.recordId);
    if (tweets.length) return tweets;
  }
  if (!target.url) return [];
  const linked = linkedPostElements(doc, target.url, platform);
  if (linked.length) return linked;
  const pageKey = doc.location ? postUrlKey(doc.location.href) : undefined;
  const own = pageKey !== undefined && pageKey === postUrlKey(target.url);
  const first = own ? doc.querySelector(postContainerSelector(platform)) : null;
  return first ? [first] : [];
}
