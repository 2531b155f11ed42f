import type { Platform } from '../model';
import type { CountsByPlatform } from './totals';

export interface PlatformCount {
  platform: Platform;
  posts: number;
  comments: number;
  total: number;
}

/** Posts + comments per platform, busiest first; platforms with nothing are left out. */
export function platformCounts(posts: CountsByPlatform, comments: CountsByPlatform): PlatformCount[] {
  const platforms = new Set([...Object.keys(posts), ...Object.keys(comments)] as Platform[]);
  return [...platforms]
    .map((platform) => {
      const postCount = posts[platform] ?? 0;
      const commentCount = comments[platform] ?? 0;
      return { platform, posts: postCount, comments: commentCount, total: postCount + commentCount };
    })
    .filter((row) => row.total > 0)
    .sort((a, b) => b.total - a.total || a.platform.localeCompare(b.platform));
}
