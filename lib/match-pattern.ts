// A tiny matcher for WebExtension match patterns (`<scheme>://<host>/<path>`), enough for the
// manifest's host patterns: the background uses it to check that a content script's page is one of ours.

const ANY_WEB_SCHEME = new Set(['http:', 'https:']);

function escapeRegExp(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}

function globToRegExp(glob: string): RegExp {
  return new RegExp(`^${glob.split('*').map(escapeRegExp).join('.*')}$`);
}

function hostMatches(pattern: string, hostname: string): boolean {
  if (pattern === '*') return true;
  // `*.example.com` covers example.com itself as well as every subdomain.
  if (pattern.startsWith('*.')) {
    const base = pattern.slice(2);
    return hostname === base || hostname.endsWith(`.${base}`);
  }
  return hostname === pattern;
}

export function matchesPattern(url: string, pattern: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (pattern === '<all_urls>') return ANY_WEB_SCHEME.has(parsed.protocol);
  const parts = /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!parts) return false;
  const [, scheme, host, path] = parts;
  const schemeOk = scheme === '*' ? ANY_WEB_SCHEME.has(parsed.protocol) : parsed.protocol === `${scheme}:`;
  // Match patterns never name a port: any port matches.
  return schemeOk && hostMatches(host, parsed.hostname) && globToRegExp(path).test(parsed.pathname + parsed.search);
}

export function matchesAnyPattern(url: string, patterns: readonly string[]): boolean {
  return patterns.some((pattern) => matchesPattern(url, pattern));
}
