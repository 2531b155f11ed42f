// Xiaohongshu spells one field three ways: the web API in snake_case (`liked_count`), the page's
// embedded state in camelCase (`likedCount`, the web app camelizes what it stores), and the old
// mobile-app shape with its own names (`comments_count`, `userid`). Readers ask by the snake_case
// name and get whichever spelling the object carries.
import { camelOf, isObject, type Json } from './json';

export { definedOnly, isObject, type Json } from './json';

/** The first of these snake_case fields present (in either spelling), or undefined. */
export function field(object: Json, ...snakeNames: string[]): unknown {
  for (const name of snakeNames) {
    const value = object[name] ?? object[camelOf(name)];
    if (value !== undefined && value !== null) return value;
  }
  return undefined;
}

export function objectField(object: Json, ...snakeNames: string[]): Json | undefined {
  for (const name of snakeNames) {
    const value = field(object, name);
    if (isObject(value)) return value;
  }
  return undefined;
}

export function textField(object: Json, ...snakeNames: string[]): string | undefined {
  for (const name of snakeNames) {
    const value = field(object, name);
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
  }
  return undefined;
}

/** Note, comment and user ids are 24 hex digits on the web; anything id-like but not absurd is kept. */
export function idField(object: Json, ...snakeNames: string[]): string | undefined {
  for (const name of snakeNames) {
    const value = field(object, name);
    const id = typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : value;
    if (typeof id === 'string' && id.trim() !== '' && id.length <= 128) return id.trim();
  }
  return undefined;
}
