// Small readers for Zhihu objects. The API speaks snake_case (`voteup_count`), the page's embedded
// state (`js-initialData`) the same objects in camelCase (`voteupCount`), and the 2015 zhuanlan API
// its own camelCase (`likesCount`): one reader takes every spelling.

import { camelOf, isObject, textOf } from './json';

export { definedOnly, isObject, textOf, type Json } from './json';

/** The first of these fields that is present, read in both snake_case and camelCase. */
export function pick(object: unknown, ...keys: string[]): unknown {
  if (!isObject(object)) return undefined;
  for (const key of keys) {
    if (object[key] !== undefined && object[key] !== null) return object[key];
    const camel = camelOf(key);
    if (object[camel] !== undefined && object[camel] !== null) return object[camel];
  }
  return undefined;
}

/** A native id as a string: Zhihu sends ids as numbers or as strings, depending on the endpoint. */
export function idOf(value: unknown): string | undefined {
  if (typeof value === 'string' && /^[\w-]{1,200}$/.test(value.trim())) return value.trim();
  if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) return String(value);
  return undefined;
}

/** Zhihu shows "IP 属地广东"; the place is what is worth keeping. */
export function ipPlace(value: unknown): string | undefined {
  const text = textOf(value);
  return text?.replace(/^IP\s*属地\s*[:：]?\s*/i, '').trim() || undefined;
}

/** Protocol-relative links ("//zhuanlan.zhihu.com/p/1") and site paths made absolute. */
export function absoluteUrl(value: unknown, base = 'https://www.zhihu.com/'): string | undefined {
  const text = textOf(value);
  if (!text) return undefined;
  try {
    const url = new URL(text.startsWith('//') ? `https:${text}` : text, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
