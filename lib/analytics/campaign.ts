// Campaign compare: two date windows side by side, and whether the difference is larger than the normal
// day-to-day variation. Each window is split into local days; each metric's per-day values give a mean
// and a variance per window, and Welch's z = (meanB − meanA) / √(varA/nA + varB/nB) says how many
// standard errors apart the windows are. |z| ≥ 2 is "larger" (roughly the 95 % level for a normal
// approximation — a rule of thumb for a community manager, not a significance test to publish).
import type { Platform } from '../model';
import type { RateBasis } from './engagement';
import { kpiChange, netSentimentOf, rateFromValues } from './kpis';
import { defaultTimeZone } from './local-time';
import { dayBuckets, rowsInBuckets } from './series';
import { addCounts } from './stats-contribution';
import { mentions } from './sum-stats';
import { emptyStatsValues, type StatsRow, type StatsValues } from './stats-types';
import type { CompareMetric, CompareRow, Verdict } from './view-types';

export const COMPARE_METRICS: readonly CompareMetric[] = ['posts', 'comments', 'engagementPerPost', 'rate', 'netSentiment', 'shareOfVoice'];
/** |z| from which a difference counts as larger than the day-to-day variation. */
export const LARGER_FROM_Z = 2;

export interface DateWindow { from: number; to: number }

export interface CompareOptions {
  platforms: Platform[];
  basis: RateBasis;
  timeZone?: string;
  /** The watch whose share of voice is compared, with every watch's rows in each window. */
  watchId?: string;
  watchRowsA?: Map<string, StatsRow[]>;
  watchRowsB?: Map<string, StatsRow[]>;
}

/** What one local day (or a whole window) adds up to. */
interface Sample { values: StatsValues; ownMentions: number; allMentions: number }

const emptySample = (): Sample => ({ values: emptyStatsValues(), ownMentions: 0, allMentions: 0 });

/** Counts have a value every day (a day with nothing captured counts 0); ratios only with a denominator. */
function metricOf(metric: CompareMetric, sample: Sample, basis: RateBasis): number | undefined {
  const { values } = sample;
  switch (metric) {
    case 'posts': return values.posts;
    case 'comments': return values.comments;
    case 'engagementPerPost': return values.engagedPosts > 0 ? values.engagement / values.engagedPosts : undefined;
    case 'rate': return rateFromValues(values, basis).value;
    case 'netSentiment': return netSentimentOf(values).value;
    case 'shareOfVoice': return sample.allMentions > 0 ? sample.ownMentions / sample.allMentions : undefined;
  }
}

function daysOf(rows: readonly StatsRow[], window: DateWindow, options: CompareOptions, watchRows?: Map<string, StatsRow[]>): Sample[] {
  const days = dayBuckets(window.from, window.to, options.timeZone ?? defaultTimeZone());
  const samples = days.map(emptySample);
  for (const { row, index } of rowsInBuckets(rows, days, options.platforms)) addCounts(samples[index].values, row);
  if (options.watchId && watchRows) {
    for (const [watchId, watchRowList] of watchRows) {
      if (!watchId) continue;
      for (const { row, index } of rowsInBuckets(watchRowList, days, options.platforms)) {
        samples[index].allMentions += mentions(row);
        if (watchId === options.watchId) samples[index].ownMentions += mentions(row);
      }
    }
  }
  return samples;
}

function total(days: readonly Sample[]): Sample {
  const sum = emptySample();
  for (const day of days) {
    addCounts(sum.values, day.values);
    sum.ownMentions += day.ownMentions;
    sum.allMentions += day.allMentions;
  }
  return sum;
}

const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
/** Sample variance (n − 1). */
const variance = (values: readonly number[], average = mean(values)) =>
  values.reduce((sum, value) => sum + (value - average) ** 2, 0) / (values.length - 1);

/**
 * Welch's z of the per-day values of two windows. Fewer than 2 usable days on either side: too little to
 * know the normal variation. No variation at all (standard error 0, e.g. 5 posts every single day): equal
 * means are within, any difference is larger (z would be infinite, so none is given).
 */
export function dayToDayVerdict(daysA: readonly number[], daysB: readonly number[]): { verdict: Verdict; z?: number } {
  if (daysA.length < 2 || daysB.length < 2) return { verdict: 'too-little' };
  const meanA = mean(daysA);
  const meanB = mean(daysB);
  const standardError = Math.sqrt(variance(daysA, meanA) / daysA.length + variance(daysB, meanB) / daysB.length);
  if (standardError === 0) return meanA === meanB ? { verdict: 'within', z: 0 } : { verdict: 'larger' };
  const z = (meanB - meanA) / standardError;
  return { verdict: Math.abs(z) >= LARGER_FROM_Z ? 'larger' : 'within', z };
}

/**
 * Every compare metric for window A (before) and B (after): a and b are measured like the KPIs over the
 * whole window — for posts and comments that is the window's total — and delta/relative are b against a.
 * The verdict compares per-day values, so for counts it compares posts per day: windows of different
 * lengths are judged fairly even though their totals are not comparable. Days on which a ratio has no
 * denominator (nothing engaged, labelled or mentioned) are skipped, not counted as 0.
 */
export function compareWindows(
  a: StatsRow[], b: StatsRow[], windows: { a: DateWindow; b: DateWindow }, options: CompareOptions,
): CompareRow[] {
  const daysA = daysOf(a, windows.a, options, options.watchRowsA);
  const daysB = daysOf(b, windows.b, options, options.watchRowsB);
  const totalA = total(daysA);
  const totalB = total(daysB);
  const known = (values: (number | undefined)[]) => values.filter((value): value is number => value !== undefined);
  return COMPARE_METRICS.map((metric): CompareRow => {
    const measure = (sample: Sample) => (metric === 'shareOfVoice' && !options.watchId ? undefined : metricOf(metric, sample, options.basis));
    const valueA = measure(totalA);
    const valueB = measure(totalB);
    const perDayA = known(daysA.map(measure));
    const perDayB = known(daysB.map(measure));
    const { delta, relative } = kpiChange(valueB, valueA);
    const verdict = valueA === undefined || valueB === undefined ? { verdict: 'too-little' as const } : dayToDayVerdict(perDayA, perDayB);
    return {
      metric, a: valueA, b: valueB, delta, relative, ...verdict,
      daysA: perDayA.length,
      daysB: perDayB.length,
      dailyA: perDayA.length > 0 ? mean(perDayA) : undefined,
      dailyB: perDayB.length > 0 ? mean(perDayB) : undefined,
    };
  });
}
