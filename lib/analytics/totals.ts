import { engagementOf, type Platform, type Post } from '../model';

export interface Totals {
  posts: number;
  comments: number;
  /** Sum of engagementOf(metrics) over captured posts. */
  engagement: number;
}

export type CountsByPlatform = Partial<Record<Platform, number>>;

export interface PostTally {
  posts: number;
  engagement: number;
  postsByPlatform: CountsByPlatform;
}

/** One pass over posts: how many, their engagement, and how many per platform. */
export function tallyPosts(posts: Iterable<Pick<Post, 'platform' | 'metrics'>>): PostTally {
  const tally: PostTally = { posts: 0, engagement: 0, postsByPlatform: {} };
  for (const post of posts) {
    tally.posts += 1;
    tally.engagement += engagementOf(post.metrics ?? {});
    tally.postsByPlatform[post.platform] = (tally.postsByPlatform[post.platform] ?? 0) + 1;
  }
  return tally;
}

export function sumCounts(counts: CountsByPlatform): number {
  return Object.values(counts).reduce<number>((sum, count) => sum + (count ?? 0), 0);
}

export function totals(tally: PostTally, commentsByPlatform: CountsByPlatform): Totals {
  return { posts: tally.posts, comments: sumCounts(commentsByPlatform), engagement: tally.engagement };
}

/**
 * Comments per platform from the hourly rollups: each comment is counted once, in the hour it was
 * first seen, so the sum over all hours is the number stored — without an index on every comment row.
 */
export function commentsByPlatform(rollups: Iterable<{ platform: Platform; comments: number }>): CountsByPlatform {
  const counts: CountsByPlatform = {};
  for (const { platform, comments } of rollups) {
    if (comments > 0) counts[platform] = (counts[platform] ?? 0) + comments;
  }
  return counts;
}
