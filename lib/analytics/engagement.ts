// What "engagement" means on each platform, and the per-post engagement rate with a declared
// denominator. Definitions follow what each platform shows publicly and what practitioners count
// there (../shared/docs/anchors.md A.2): Xiaohongshu's 互动量 counts saves (收藏) and leaves shares out;
// YouTube and Instagram show no share counts; Reddit's score is its only "like".
// Unknown is not zero: a post none of whose counted metrics is known has no engagement (undefined).
import type { Metrics, Platform } from '../model';

export type EngagementMetric = 'likes' | 'comments' | 'shares' | 'saves';

export const ENGAGEMENT_METRICS: Record<Platform, readonly EngagementMetric[]> = {
  weibo: ['likes', 'comments', 'shares'],
  zhihu: ['likes', 'comments', 'saves'],
  bilibili: ['likes', 'comments', 'shares', 'saves'],
  douyin: ['likes', 'comments', 'shares'],
  xiaohongshu: ['likes', 'comments', 'saves'],
  wechat: ['likes', 'comments', 'shares'],
  x: ['likes', 'comments', 'shares'],
  reddit: ['likes', 'comments'],
  youtube: ['likes', 'comments'],
  tiktok: ['likes', 'comments', 'shares'],
  instagram: ['likes', 'comments'],
  facebook: ['likes', 'comments', 'shares'],
  web: ['likes', 'comments', 'shares'],
};

/** Sum of the platform's counted metrics that are known; undefined when none of them is. */
export function engagementFor(platform: Platform, metrics: Metrics | undefined): number | undefined {
  if (!metrics) return undefined;
  let sum: number | undefined;
  for (const key of ENGAGEMENT_METRICS[platform] ?? ENGAGEMENT_METRICS.web) {
    const value = metrics[key];
    if (typeof value === 'number' && Number.isFinite(value)) sum = (sum ?? 0) + value;
  }
  return sum;
}

/** The denominator an engagement rate is declared against. */
export type RateBasis = 'views' | 'followers';
export const RATE_BASES: readonly RateBasis[] = ['views', 'followers'];

/**
 * One post's engagement rate as a fraction (0.034 = 3.4 %): engagement ÷ views, or ÷ the author's
 * followers at capture. Undefined when the engagement or the denominator is unknown, or the denominator is 0.
 */
export function engagementRate(
  post: { platform: Platform; metrics: Metrics; author: { followers?: number } },
  basis: RateBasis,
): number | undefined {
  const engagement = engagementFor(post.platform, post.metrics);
  const denominator = basis === 'views' ? post.metrics.views : post.author.followers;
  if (engagement === undefined || denominator === undefined || !(denominator > 0)) return undefined;
  return engagement / denominator;
}
