// Turns the filter's range into [from, to) ms, aligned to UTC hours (the stats rollup's grain).
// Rolling presets: lib/analytics/rolling-window.ts. Custom ranges are local calendar days in the
// viewer's time zone.
import { dayKey, localDay as localDayNumber, startOfLocalDay } from '../../../lib/analytics/local-time';
import { hourEnd, ROLLING_LENGTH, rollingWindow } from '../../../lib/analytics/rolling-window';
import type { AnalyticsQuery } from '../analytics-route';

export { defaultTimeZone } from '../../../lib/analytics/local-time';

export const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const floorHour = (ms: number) => Math.floor(ms / HOUR) * HOUR;
const ceilHour = (ms: number) => Math.ceil(ms / HOUR) * HOUR;
const dayNumber = (day: string) => Date.parse(day) / DAY;

/** The first instant of a YYYY-MM-DD day in the zone (ms). */
export const dayStart = (day: string, timeZone: string): number => startOfLocalDay(dayNumber(day), timeZone);

/** The local day (YYYY-MM-DD) an instant falls on in the zone. */
export const localDay = (ms: number, timeZone: string): string => dayKey(localDayNumber(ms, timeZone));

export const nextDay = (day: string): string => dayKey(dayNumber(day) + 1);

function endMs(end: string, timeZone: string, isTo: boolean): number {
  if (!end.includes('-')) return Number(end);
  return dayStart(isTo ? nextDay(end) : end, timeZone);
}

export interface RangeContext {
  now: number;
  /** Start (ms) of the first hour anything was recorded in; undefined when nothing is. */
  firstHour: number | undefined;
  timeZone: string;
}

/** [from, to) in ms, hour-aligned, never empty. */
export function resolveRange(query: Pick<AnalyticsQuery, 'preset' | 'from' | 'to'>, context: RangeContext): { from: number; to: number } {
  const end = hourEnd(context.now);
  if (query.preset === 'all') return { from: Math.min(floorHour(context.firstHour ?? end - HOUR), end - HOUR), to: end };
  if (query.preset !== 'custom') return rollingWindow(query.preset, context.now);
  const to = query.to ? ceilHour(endMs(query.to, context.timeZone, true)) : end;
  const from = query.from ? floorHour(endMs(query.from, context.timeZone, false)) : to - ROLLING_LENGTH['7d'];
  return from < to ? { from, to } : { from, to: from + DAY };
}

/** The days the date inputs show for a range: its first day and its last (inclusive) day. */
export function rangeDays(range: { from: number; to: number }, timeZone: string): { from: string; to: string } {
  return { from: localDay(range.from, timeZone), to: localDay(range.to - 1, timeZone) };
}
