// When a link on the page points at a record: the same post behind different spellings of its URL
// (relative links, `www.`, tracking parameters, twitter.com for x.com).

/**
 * Query parameters that name the post itself rather than the visit: YouTube's `watch?v=`, and WeChat
 * articles, which are identified by `__biz` + `mid` + `idx` (../shared/docs/platforms.md §6). Everything
 * else in a query (xsec_token, refer_flag, utm_*) changes between two links to the same post.
 */
const IDENTITY_PARAMS = ['v', 'id', '__biz', 'mid', 'idx'] as const;

const HOST_ALIASES: Record<string, string> = { 'twitter.com': 'x.com', 'mobile.twitter.com': 'x.com', 'mobile.x.com': 'x.com' };

/** A comparable key for a post URL, or undefined when it is not an http(s) URL. */
export function postUrlKey(href: string, base?: string): string | undefined {
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const bareHost = url.hostname.toLowerCase().replace(/^www\./, '');
  const host = HOST_ALIASES[bareHost] ?? bareHost;
  const path = url.pathname.replace(/\/+$/, '') || '/';
  const identity = IDENTITY_PARAMS.flatMap((name) => {
    const value = url.searchParams.get(name);
    return value === null ? [] : [`${name}=${value}`];
  });
  return identity.length ? `${host}${path}?${identity.join('&')}` : `${host}${path}`;
}
