// Readers the adapters share for untrusted platform JSON: every read checks the type it gets.
// Platform files keep only what differs (their id formats, their spellings of missing values).

export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function objectAt(value: unknown, ...path: string[]): Json | undefined {
  let node: unknown = value;
  for (const key of path) node = isObject(node) ? node[key] : undefined;
  return isObject(node) ? node : undefined;
}

export function arrayOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Trimmed text, or undefined for anything that is not a non-blank string. */
export function textOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** Drops undefined fields, so a record says nothing about what it does not know. */
export function definedOnly<T extends object>(record: T): T {
  for (const key of Object.keys(record) as (keyof T)[]) if (record[key] === undefined) delete record[key];
  return record;
}

const camelCache = new Map<string, string>();

/** `digg_count` → `diggCount`: the APIs speak snake_case, the state embedded in pages camelCase. */
export function camelOf(snake: string): string {
  let camel = camelCache.get(snake);
  if (camel === undefined) {
    camel = snake.replace(/_([a-z0-9])/g, (_, ch: string) => ch.toUpperCase());
    camelCache.set(snake, camel);
  }
  return camel;
}
