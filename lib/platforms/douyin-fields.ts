// Reading Douyin objects in either spelling: the web API answers in snake_case (`aweme_id`,
// `digg_count`), the state embedded in pages in camelCase (`awemeId`, `diggCount`). One reader for
// both keeps a single mapping to records instead of two that drift apart.

import { camelOf, isObject, type Json } from './json';

export { isObject, type Json } from './json';

/**
 * `object[snake]`, else `object[camelCase(snake)]`. The embedded (Next.js flight) data writes a missing
 * value as the string "$undefined": that is absent, not text.
 */
export function field(object: Json, snake: string): unknown {
  let value = object[snake];
  if (value === undefined || value === null) value = object[camelOf(snake)];
  return value === '$undefined' || value === null ? undefined : value;
}

export function objectField(object: Json, ...snakes: string[]): Json | undefined {
  for (const snake of snakes) {
    const value = field(object, snake);
    if (isObject(value)) return value;
  }
  return undefined;
}

export function textField(object: Json, snake: string): string | undefined {
  const value = field(object, snake);
  return typeof value === 'string' ? value : undefined;
}

export function nonEmptyText(object: Json, snake: string): string | undefined {
  const value = textField(object, snake)?.trim();
  return value ? value : undefined;
}

/**
 * A native id as a string. Ids are 19-digit numbers that only survive as strings; a JSON number that
 * big has lost digits already, so only safe integers are taken from numbers.
 */
export function idField(object: Json, ...snakes: string[]): string | undefined {
  for (const snake of snakes) {
    const value = field(object, snake);
    if (typeof value === 'string' && /^[\w-]+$/.test(value.trim()) && value.trim() !== '0') return value.trim();
    if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) return String(value);
  }
  return undefined;
}
