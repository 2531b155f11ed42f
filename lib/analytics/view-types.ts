// The dashboard's view models: what the pure aggregations in lib/analytics return and the UI shows.
// Numbers that rest on a subset of items carry that subset's size (`basis`) so the UI can say
// "3.4 % by views (120 of 300 posts)"; undefined always means unknown, never zero.
import type { Author, Media, Platform } from '../model';
import type { RateBasis } from './engagement';

/** What the dashboard is looking at. Times are ms since epoch, hour-aligned, [from, to). */
export interface AnalyticsFilter {
  from: number;
  to: number;
  /** Empty: every platform. */
  platforms: Platform[];
  /** '' (EVERYTHING): every capture; otherwise one watch's mentions. */
  watchId: string;
  basis: RateBasis;
}

export interface Measure {
  value: number | undefined;
  /** How many items the value rests on (posts with the denominator, labelled records, watch mentions…). */
  basis: number;
}

export interface KpiSet {
  posts: number;
  comments: number;
  /** Sum over posts whose engagement is known; undefined when no post's is. */
  engagement: number | undefined;
  engagedPosts: number;
  engagementPerPost: number | undefined;
  /** Mean per-post engagement rate (fraction) by views and by followers. */
  rateByViews: Measure;
  rateByFollowers: Measure;
  /** (positive − negative) ÷ labelled, −1..1. */
  netSentiment: Measure;
  /** The chosen watch's mentions ÷ all watches' mentions (0..1); basis = all watches' mentions. Unknown without a watch filter. */
  shareOfVoice: Measure;
}

export type KpiName = keyof Pick<KpiSet, 'posts' | 'comments' | 'engagement' | 'engagementPerPost'> | 'rate' | 'netSentiment' | 'shareOfVoice';

export interface KpiChange {
  current: number | undefined;
  previous: number | undefined;
  /** current − previous; undefined when either is unknown. */
  delta: number | undefined;
  /** delta ÷ previous; undefined when previous is unknown or 0. */
  relative: number | undefined;
}

/** One x-axis step: an hour when the range is short, else a local calendar day. */
export interface TimeBucket {
  start: number;
  end: number;
  /** ISO-like key: 2026-11-26 (day) or 2026-11-26T13 (local hour). */
  key: string;
}

export interface PlatformSeries {
  platform: Platform;
  /** Posts + comments per bucket. */
  volume: number[];
}

export interface SentimentSeries {
  positive: number[];
  neutral: number[];
  negative: number[];
  /** Net sentiment per bucket, null where nothing was labelled. */
  net: (number | null)[];
}

export interface ShareSeries {
  watchId: string;
  /** Share of all watches' mentions per bucket (0..1), null where no watch was mentioned. */
  share: (number | null)[];
  mentions: number[];
}

export interface ContentTypeRow {
  media: Media;
  posts: number;
  /** Median engagement of posts whose engagement is known (engagedPosts of them). */
  medianEngagement: number | undefined;
  engagedPosts: number;
  /** Median per-post rate by the filter's basis, over ratePosts posts that have it. */
  medianRate: number | undefined;
  ratePosts: number;
}

export interface HeatCell {
  /** 0 = Monday … 6 = Sunday, in the viewer's time zone. */
  weekday: number;
  hour: number;
  posts: number;
  medianRate: number | undefined;
}

export interface Heatmap {
  /** 7 × 24 cells, weekday-major. */
  cells: HeatCell[];
  /** Posts placed in a cell (publish time and rate known). */
  used: number;
  /** Posts left out: no publish time, or no rate by the basis. */
  withoutTime: number;
  withoutRate: number;
}

/** The author as last captured (followers: the largest known), with what their posts in view add up to. */
export interface AuthorRow extends Pick<Author, 'id' | 'platform' | 'name' | 'handle' | 'url' | 'followers'> {
  posts: number;
  engagement: number | undefined;
  /** Net sentiment of the author's posts in view (toward the watch when one is chosen). */
  netSentiment: number | undefined;
  /** Ranking: log10(1 + followers) × log10(1 + engagement); unknowns count as 0 here only. */
  influence: number;
}

export interface HistoryPoint {
  at: string;
  engagement: number | undefined;
}

export interface TopPostRow {
  id: string;
  platform: Platform;
  url: string;
  authorName: string;
  /** Title, else the start of the text. */
  headline: string;
  media: Media;
  /** Publish time if known, else first capture. */
  at: string;
  engagement: number | undefined;
  rate: number | undefined;
  /** From the metric history (lib/metric-history.ts), oldest first; filled by the reader. */
  history: HistoryPoint[];
}

export interface KeywordRow {
  term: string;
  /** #话题# / #hashtag */
  isTopic: boolean;
  posts: number;
  engagement: number | undefined;
}

export interface PlaceRow {
  place: string;
  comments: number;
  share: number;
}

export interface TrendingRow {
  title: string;
  platform: Platform;
  url: string;
  bestRank: number;
  heat?: number;
  /** Stored hot-list entries grouped into this row (one per list and item, updated in place on re-capture; not a count of captures). */
  sightings: number;
  firstSeenAt: string;
  lastSeenAt: string;
}

export type CompareMetric = 'posts' | 'comments' | 'engagementPerPost' | 'rate' | 'netSentiment' | 'shareOfVoice';
export type Verdict = 'larger' | 'within' | 'too-little';

export interface CompareRow {
  metric: CompareMetric;
  a: number | undefined;
  b: number | undefined;
  delta: number | undefined;
  relative: number | undefined;
  /** larger: |z| ≥ 2 against the day-to-day variation; within: less; too-little: fewer than 2 days or no data. */
  verdict: Verdict;
  z?: number;
  /** The days the verdict rests on (local days with a value) and the mean per day in each window. */
  daysA?: number;
  daysB?: number;
  dailyA?: number;
  dailyB?: number;
}
