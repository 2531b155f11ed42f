// The dashboard's headline numbers from stats rows (one scope, one time range). Unknown is not zero:
// with no post whose engagement is known there is no engagement, with nothing labelled no net
// sentiment, without any watch mention no share of voice.
import type { Platform } from '../model';
import type { RateBasis } from './engagement';
import { mentions, sumStats } from './sum-stats';
import type { StatsRow, StatsValues } from './stats-types';
import type { KpiChange, KpiSet, Measure } from './view-types';

const ratio = (part: number, whole: number): Measure => ({ value: whole > 0 ? part / whole : undefined, basis: whole });

/** Net sentiment (positive − negative) ÷ labelled, over the posts and comments that were labelled. */
export const netSentimentOf = (values: Pick<StatsValues, 'positive' | 'neutral' | 'negative'>): Measure =>
  ratio(values.positive - values.negative, values.positive + values.neutral + values.negative);

/** The mean of per-post rates (not total engagement ÷ total views, which the biggest posts would decide). */
export const rateFromValues = (values: StatsValues, basis: RateBasis): Measure =>
  basis === 'views' ? ratio(values.rateByViewsSum, values.rateByViewsPosts) : ratio(values.rateByFollowersSum, values.rateByFollowersPosts);

export function kpisFromValues(values: StatsValues): KpiSet {
  const known = values.engagedPosts > 0;
  return {
    posts: values.posts,
    comments: values.comments,
    engagement: known ? values.engagement : undefined,
    engagedPosts: values.engagedPosts,
    engagementPerPost: known ? values.engagement / values.engagedPosts : undefined,
    rateByViews: rateFromValues(values, 'views'),
    rateByFollowers: rateFromValues(values, 'followers'),
    netSentiment: netSentimentOf(values),
    shareOfVoice: { value: undefined, basis: 0 },
  };
}

/** KPIs of the rows on the given platforms (empty: all). Share of voice is left unknown: see shareOfVoice. */
export const kpisFromStats = (rows: readonly StatsRow[], platforms: readonly Platform[]): KpiSet =>
  kpisFromValues(sumStats(rows, platforms));

/**
 * The watch's mentions (posts + comments) ÷ all watches' mentions; basis = all watches' mentions. A post
 * naming two watches is a mention of each, so the shares of all watches add up to 1. Unknown without a
 * watch (watchId '') or when no watch was mentioned at all.
 */
export function shareOfVoice(rowsByWatch: ReadonlyMap<string, readonly StatsRow[]>, watchId: string, platforms: readonly Platform[]): Measure {
  let all = 0;
  let own = 0;
  for (const [id, rows] of rowsByWatch) {
    if (!id) continue;
    const count = mentions(sumStats(rows, platforms));
    all += count;
    if (id === watchId) own += count;
  }
  return watchId ? ratio(own, all) : { value: undefined, basis: all };
}

export const withShareOfVoice = (kpis: KpiSet, shareOfVoice: Measure): KpiSet => ({ ...kpis, shareOfVoice });

export function kpiChange(current: number | undefined, previous: number | undefined): KpiChange {
  const delta = current === undefined || previous === undefined ? undefined : current - previous;
  return { current, previous, delta, relative: delta === undefined || previous === 0 ? undefined : delta / previous! };
}

export const rateOf = (kpis: KpiSet, basis: RateBasis): Measure => (basis === 'views' ? kpis.rateByViews : kpis.rateByFollowers);

/** The period of the same length immediately before [from, to). */
export const previousPeriod = (from: number, to: number): { from: number; to: number } => ({ from: from - (to - from), to: from });
