// URLs as adapters read them: a page or request URL that may be malformed (a fuzzed or truncated
// capture) is simply not a URL, never a throw.

export function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** Douyin's and TikTok's item and author ids: 6–25 digits. */
const NUMERIC_ID = /^\d{6,25}$/;

/** A query parameter holding a numeric id (`?modal_id=7…`), else undefined. */
export function numericParam(url: URL | undefined, name: string): string | undefined {
  const value = url?.searchParams.get(name) ?? undefined;
  return value && NUMERIC_ID.test(value) ? value : undefined;
}
