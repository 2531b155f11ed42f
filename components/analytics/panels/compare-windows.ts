// The compare panel's two windows as local calendar days (what the date inputs hold) and back to
// [from, to) instants; "to" days are inclusive, like the dashboard's range inputs.
import type { DateWindow } from '../../../lib/analytics/campaign';
import { dayKey, localDay, startOfLocalDay } from '../../../lib/analytics/local-time';

const DAY_MS = 86_400_000;
/** Longer windows are a typo in a year field, not a campaign; they would split into too many days. */
export const MAX_WINDOW_DAYS = 40 * 366;

export interface DayWindow { from: string; to: string }
export interface DayWindows { a: DayWindow; b: DayWindow }

/** '2026-11-26' → its day number; undefined when it is not a real date. */
export function dayNumberOf(key: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(key);
  if (!match) return undefined;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return dayKey(ms / DAY_MS) === key ? ms / DAY_MS : undefined;
}

/** The instants of local days `from`…`to` (inclusive); undefined when a day is missing, from > to, or the window is absurdly long. */
export function windowOfDays(days: DayWindow, timeZone: string): DateWindow | undefined {
  const from = dayNumberOf(days.from);
  const to = dayNumberOf(days.to);
  if (from === undefined || to === undefined || from > to || to - from >= MAX_WINDOW_DAYS) return undefined;
  return { from: startOfLocalDay(from, timeZone), to: startOfLocalDay(to + 1, timeZone) };
}

function daysFrom(first: number, count: number): DayWindow {
  return { from: dayKey(first), to: dayKey(first + count - 1) };
}

/** B = the days the filter covers; A = as many days just before them. */
export function defaultWindows(range: { from: number; to: number }, timeZone: string): DayWindows {
  const first = localDay(range.from, timeZone);
  const last = Math.max(first, localDay(range.to - 1, timeZone));
  const count = last - first + 1;
  return { a: daysFrom(first - count, count), b: daysFrom(first, count) };
}

/** Before/after a day: B starts on it, A is the same number of days just before; `count` days each. */
export function splitAt(pivot: string, count: number): DayWindows | undefined {
  const day = dayNumberOf(pivot);
  if (day === undefined || !(count >= 1)) return undefined;
  return { a: daysFrom(day - count, count), b: daysFrom(day, count) };
}

/** Days in a window (inclusive), at least 1. */
export function dayCount(days: DayWindow): number {
  const from = dayNumberOf(days.from);
  const to = dayNumberOf(days.to);
  return from === undefined || to === undefined ? 1 : Math.max(1, to - from + 1);
}
