// Small readers for Bilibili JSON: ids come as numbers or numeric strings (`rpid` + `rpid_str`,
// `mid` as a string in reply members, `aid` as a string in dynamic cards); empty strings mean "none".
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

/** The first candidate that is a usable positive id: Bilibili writes 0 / "0" for "no such thing". */
export function idOf(...candidates: unknown[]): string | undefined {
  for (const value of candidates) {
    if (typeof value === 'string' && /^\d+$/.test(value.trim()) && !/^0+$/.test(value.trim())) return value.trim();
    if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) return String(value);
  }
  return undefined;
}

export function textOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

export function definedOnly<T extends object>(record: T): T {
  for (const key of Object.keys(record) as (keyof T)[]) if (record[key] === undefined) delete record[key];
  return record;
}
