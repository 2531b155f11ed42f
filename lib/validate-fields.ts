// Field checks shared by the message validators. A failed check throws `InvalidField` naming the
// field path; the message validator turns the first one into a clear error reply.

export class InvalidField extends Error {
  constructor(readonly field: string, readonly problem: string) {
    super(`${field} ${problem}`);
    this.name = 'InvalidField';
  }
}

export type Fields = Record<string, unknown>;

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;
export const MAX_URL_LENGTH = 8192;
export const MAX_SHORT_TEXT = 10_000;

function shown(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

export function requireObject(value: unknown, field: string): Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InvalidField(field, `must be an object, got ${Array.isArray(value) ? 'an array' : shown(value)}`);
  }
  return value as Fields;
}

/** Unknown keys are refused so a forged message cannot slip stored-only fields (firstSeenAt, sentiment…) in. */
export function requireKnownKeys(object: Fields, allowed: ReadonlySet<string>, field: string): void {
  for (const key of Object.keys(object)) {
    if (!allowed.has(key)) throw new InvalidField(field ? `${field}.${key}` : key, 'is not a known field');
  }
}

export function requireString(value: unknown, field: string, maxLength: number, { nonEmpty = false } = {}): string {
  if (typeof value !== 'string') throw new InvalidField(field, `must be a string, got ${shown(value)}`);
  if (nonEmpty && value.length === 0) throw new InvalidField(field, 'must not be empty');
  if (value.length > maxLength) throw new InvalidField(field, `is too long (${value.length} > ${maxLength} chars)`);
  return value;
}

export function requireOneOf<T extends string>(value: unknown, allowed: readonly T[], field: string): T {
  if (!allowed.includes(value as T)) throw new InvalidField(field, `must be one of ${allowed.join('|')}, got ${shown(value)}`);
  return value as T;
}

export function requireHttpUrl(value: unknown, field: string): string {
  const text = requireString(value, field, MAX_URL_LENGTH, { nonEmpty: true });
  let protocol = '';
  try {
    protocol = new URL(text).protocol;
  } catch {
    throw new InvalidField(field, `must be a URL, got ${shown(value)}`);
  }
  if (protocol !== 'http:' && protocol !== 'https:') throw new InvalidField(field, `must be an http(s) URL, got ${shown(value)}`);
  return text;
}

export function requireIsoTime(value: unknown, field: string): string {
  const text = requireString(value, field, 40);
  if (!ISO_TIME.test(text) || Number.isNaN(Date.parse(text))) throw new InvalidField(field, `must be an ISO-8601 time, got ${shown(value)}`);
  return text;
}

export function requireCount(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new InvalidField(field, `must be a non-negative integer, got ${shown(value)}`);
  }
  return value;
}

/** Optional fields are absent or `undefined` (structured clone keeps undefined keys); never null. */
export function optional<T>(object: Fields, key: string, field: string, check: (value: unknown, field: string) => T): void {
  if (object[key] !== undefined) check(object[key], field ? `${field}.${key}` : key);
}
