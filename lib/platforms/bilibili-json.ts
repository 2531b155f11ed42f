// Small readers for Bilibili JSON: ids come as numbers or numeric strings (`rpid` + `rpid_str`,
// `mid` as a string in reply members, `aid` as a string in dynamic cards); empty strings mean "none".
export { arrayOf, definedOnly, isObject, objectAt, textOf, type Json } from './json';

/** The first candidate that is a usable positive id: Bilibili writes 0 / "0" for "no such thing". */
export function idOf(...candidates: unknown[]): string | undefined {
  for (const value of candidates) {
    if (typeof value === 'string' && /^\d+$/.test(value.trim()) && !/^0+$/.test(value.trim())) return value.trim();
    if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) return String(value);
  }
  return undefined;
}
