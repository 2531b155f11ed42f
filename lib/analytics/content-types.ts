// Which kind of post works: per media type, the typical (median) engagement and engagement rate.
// Medians rest only on posts whose numbers are known, and each row says how many that was.
import type { StoredPost } from '../db';
import type { Media } from '../model';
import { engagementFor, engagementRate, type RateBasis } from './engagement';
import { median } from './median';
import type { ContentTypeRow } from './view-types';

/** Fixed order, so the chart's bars keep their place when the filter changes. */
export const MEDIA_ORDER: readonly Media[] = ['text', 'image', 'video', 'link', 'article'];

/** One row per media type present in `posts`. */
export function contentTypePerformance(posts: readonly StoredPost[], basis: RateBasis): ContentTypeRow[] {
  const byMedia = new Map<Media, StoredPost[]>();
  for (const post of posts) {
    const group = byMedia.get(post.media);
    if (group) group.push(post);
    else byMedia.set(post.media, [post]);
  }
  return MEDIA_ORDER.filter((media) => byMedia.has(media)).map((media) => {
    const group = byMedia.get(media)!;
    const engagements = known(group.map((post) => engagementFor(post.platform, post.metrics)));
    const rates = known(group.map((post) => engagementRate(post, basis)));
    return {
      media,
      posts: group.length,
      medianEngagement: median(engagements),
      engagedPosts: engagements.length,
      medianRate: median(rates),
      ratePosts: rates.length,
    };
  });
}

const known = (values: (number | undefined)[]): number[] => values.filter((value): value is number => value !== undefined);
