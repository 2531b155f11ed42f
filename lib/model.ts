import { engagementFor } from './analytics/engagement';

// The normalized record contract (../shared/docs/DESIGN.md "Normalized records").
// Ids are `${platform}:${nativeId}`; times are ISO-8601 UTC; counts are integers; unknown = absent, never 0.

export const PLATFORMS = [
  'weibo', 'zhihu', 'bilibili', 'douyin', 'xiaohongshu', 'wechat',
  'x', 'reddit', 'youtube', 'tiktok', 'instagram', 'facebook', 'web',
] as const;
export type Platform = (typeof PLATFORMS)[number];

export type Source = 'api' | 'embedded' | 'dom';
export type Media = 'text' | 'image' | 'video' | 'link' | 'article';

export interface Author {
  id: string;
  platform: Platform;
  name: string;
  handle?: string;
  url?: string;
  followers?: number;
  verified?: boolean;
  /** IP属地 / self-declared location, as the platform shows it. */
  location?: string;
}

export interface Metrics {
  likes?: number;
  comments?: number;
  shares?: number;
  views?: number;
  saves?: number;
  replies?: number;
}

interface RecordBase {
  id: string;
  platform: Platform;
  capturedAt: string;
}

export interface Post extends RecordBase {
  kind: 'post';
  url: string;
  author: Author;
  text: string;
  title?: string;
  /** The writer's byline when it differs from the account that published (WeChat articles' 作者). */
  byline?: string;
  media: Media;
  createdAt?: string;
  metrics: Metrics;
  source: Source;
  lang?: string;
}

export interface Comment extends RecordBase {
  kind: 'comment';
  postId: string;
  parentId?: string;
  url?: string;
  author: Author;
  text: string;
  createdAt?: string;
  metrics: Metrics;
  source: Source;
  lang?: string;
}

export interface Trend extends RecordBase {
  kind: 'trend';
  rank: number;
  title: string;
  heat?: number;
  url: string;
}

export type CapturedRecord = Post | Comment | Trend;

export function recordId(platform: Platform, nativeId: string | number): string {
  return `${platform}:${nativeId}`;
}

/**
 * Public engagements by the platform's definition (lib/analytics/engagement.ts), with unknown counts
 * read as 0: for sorting and growth, where a number is needed. Analytics use engagementFor, which keeps
 * "unknown" apart from 0. Without a platform: likes + comments + shares.
 */
export function engagementOf(metrics: Metrics, platform: Platform = 'web'): number {
  return engagementFor(platform, metrics) ?? 0;
}
