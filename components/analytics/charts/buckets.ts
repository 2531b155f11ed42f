// The charts' time steps and how they are named. Short ranges show hours and longer ones local days
// (lib/analytics/series.ts); ranges of many months would give Chart.js thousands of bars, which blocks
// the page for seconds and reads as noise, so there days are grouped into weeks (Monday to Sunday) or
// calendar months. The series functions take any contiguous buckets, so grouping needs nothing else.
import type { TimeBucket } from '../../../lib/analytics/view-types';

/** More days than this are shown as weeks; more weeks than this as months. */
export const MAX_STEPS = 120;

export type Step = 'hour' | 'day' | 'week' | 'month';

/** 2026-11-26T13 hour · 2026-11-26 day · 2026-11-23~2026-11-29 week · 2026-11 month */
export function stepOf(buckets: readonly TimeBucket[]): Step {
  const key = buckets[0]?.key ?? '';
  if (key.includes('T')) return 'hour';
  if (key.includes('~')) return 'week';
  return key.length === 7 ? 'month' : 'day';
}

function merge(days: readonly TimeBucket[], key: (first: TimeBucket, last: TimeBucket) => string): TimeBucket {
  const first = days[0]!;
  const last = days[days.length - 1]!;
  return { start: first.start, end: last.end, key: key(first, last) };
}

function groupBy(days: readonly TimeBucket[], startsGroup: (day: TimeBucket) => boolean, key: (first: TimeBucket, last: TimeBucket) => string): TimeBucket[] {
  const groups: TimeBucket[][] = [];
  for (const day of days) {
    if (groups.length === 0 || startsGroup(day)) groups.push([]);
    groups[groups.length - 1]!.push(day);
  }
  return groups.map((group) => merge(group, key));
}

const isMonday = (day: TimeBucket) => new Date(`${day.key}T00:00:00Z`).getUTCDay() === 1;

/** Day buckets as they are when few enough, else grouped into weeks or months; hours stay hours. */
export function chartBuckets(buckets: readonly TimeBucket[]): TimeBucket[] {
  if (stepOf(buckets) !== 'day' || buckets.length <= MAX_STEPS) return [...buckets];
  const weeks = groupBy(buckets, isMonday, (first, last) => `${first.key}~${last.key}`);
  if (weeks.length <= MAX_STEPS) return weeks;
  return groupBy(buckets, (day) => day.key.endsWith('-01'), (first) => first.key.slice(0, 7));
}

function spansYears(buckets: readonly TimeBucket[]): boolean {
  return buckets.length > 0 && buckets[0]!.key.slice(0, 4) !== buckets[buckets.length - 1]!.key.slice(0, 4);
}

/** Axis labels: "1 PM" / "13时" for hours, "Nov 26" / "11月26日" for days and weeks (their first day), "Nov 2026" for months; with the year when the range crosses one. */
export function bucketLabels(buckets: readonly TimeBucket[], locale: string, timeZone: string): string[] {
  const step = stepOf(buckets);
  const year = spansYears(buckets) ? { year: 'numeric' as const } : {};
  const format = new Intl.DateTimeFormat(locale, step === 'hour' ? { timeZone, hour: 'numeric' }
    : step === 'month' ? { timeZone, year: 'numeric', month: 'short' }
      : { timeZone, ...year, month: 'short', day: 'numeric' });
  return buckets.map((bucket) => format.format(bucket.start));
}

/** Tooltip titles and table rows: the step in full. */
export function bucketTitles(buckets: readonly TimeBucket[], locale: string, timeZone: string): string[] {
  const step = stepOf(buckets);
  if (step === 'hour') {
    const format = new Intl.DateTimeFormat(locale, { timeZone, month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });
    return buckets.map((bucket) => format.format(bucket.start));
  }
  if (step === 'day') {
    const format = new Intl.DateTimeFormat(locale, { timeZone, year: 'numeric', month: 'short', day: 'numeric', weekday: 'short' });
    return buckets.map((bucket) => format.format(bucket.start));
  }
  if (step === 'month') {
    const format = new Intl.DateTimeFormat(locale, { timeZone, year: 'numeric', month: 'long' });
    return buckets.map((bucket) => format.format(bucket.start));
  }
  const format = new Intl.DateTimeFormat(locale, { timeZone, year: 'numeric', month: 'short', day: 'numeric' });
  // The last day of a week is the day before its end (its end is the next local midnight).
  return buckets.map((bucket) => format.formatRange(bucket.start, bucket.end - 1));
}
