import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '../model';
import { ENGAGEMENT_METRICS, engagementFor, engagementRate } from './engagement';

describe('engagementFor', () => {
  it('counts saves on Xiaohongshu and leaves its shares out', () => {
    expect(engagementFor('xiaohongshu', { likes: 10, comments: 2, saves: 5, shares: 100 })).toBe(17);
  });

  it('has no shares on YouTube and Instagram', () => {
    expect(engagementFor('youtube', { likes: 10, comments: 2, shares: 7, views: 1000 })).toBe(12);
    expect(engagementFor('instagram', { likes: 10, comments: 2, shares: 7 })).toBe(12);
  });

  it('sums what is known and is undefined (not 0) when nothing counted is known', () => {
    expect(engagementFor('weibo', { likes: 3 })).toBe(3);
    expect(engagementFor('weibo', { views: 500 })).toBeUndefined();
    expect(engagementFor('weibo', {})).toBeUndefined();
    expect(engagementFor('weibo', undefined)).toBeUndefined();
    expect(engagementFor('weibo', { likes: 0 })).toBe(0);
  });

  it('defines every platform', () => {
    for (const platform of PLATFORMS) expect(ENGAGEMENT_METRICS[platform].length).toBeGreaterThan(0);
  });
});

describe('engagementRate', () => {
  const post = { platform: 'bilibili' as const, metrics: { likes: 30, comments: 10, shares: 5, saves: 5, views: 1000 }, author: { followers: 500 } };

  it('divides by views or by followers, as declared', () => {
    expect(engagementRate(post, 'views')).toBeCloseTo(0.05);
    expect(engagementRate(post, 'followers')).toBeCloseTo(0.1);
  });

  it('is unknown without the denominator, without engagement, or with a zero denominator', () => {
    expect(engagementRate({ ...post, metrics: { likes: 3 } }, 'views')).toBeUndefined();
    expect(engagementRate({ ...post, author: {} }, 'followers')).toBeUndefined();
    expect(engagementRate({ ...post, metrics: { views: 1000 } }, 'views')).toBeUndefined();
    expect(engagementRate({ ...post, author: { followers: 0 } }, 'followers')).toBeUndefined();
  });
});
