import { describe, expect, it } from 'vitest';
import { kpiChange, kpisFromStats, previousPeriod, rateOf, shareOfVoice, withShareOfVoice } from './kpis';
import { ALL_TIME } from './stats-types';
import { statsRow } from './test-stats';

const H1 = '2026-11-26T05:00:00.000Z';
const H2 = '2026-11-26T06:00:00.000Z';

describe('kpisFromStats', () => {
  const rows = [
    statsRow(H1, 'weibo', {
      posts: 3, comments: 10, engagedPosts: 2, engagement: 300,
      rateByViewsSum: 0.1, rateByViewsPosts: 2, rateByFollowersSum: 0.02, rateByFollowersPosts: 1,
      positive: 4, neutral: 3, negative: 1,
    }),
    statsRow(H2, 'weibo', { posts: 1, engagedPosts: 1, engagement: 100, rateByViewsSum: 0.5, rateByViewsPosts: 1 }),
    statsRow(H1, 'xiaohongshu', { posts: 2, comments: 5, engagedPosts: 2, engagement: 1000, negative: 2 }),
  ];

  it('adds up counts and engagement over every platform when none is chosen', () => {
    const kpis = kpisFromStats(rows, []);
    expect(kpis.posts).toBe(6);
    expect(kpis.comments).toBe(15);
    expect(kpis.engagement).toBe(1400);
    expect(kpis.engagedPosts).toBe(5);
    expect(kpis.engagementPerPost).toBe(280);
  });

  it('rates are the mean of per-post rates over the posts that have the denominator', () => {
    const kpis = kpisFromStats(rows, []);
    expect(kpis.rateByViews.basis).toBe(3);
    expect(kpis.rateByViews.value).toBeCloseTo((0.1 + 0.5) / 3, 12);
    expect(kpis.rateByFollowers).toEqual({ value: 0.02, basis: 1 });
    expect(rateOf(kpis, 'views')).toBe(kpis.rateByViews);
    expect(rateOf(kpis, 'followers')).toBe(kpis.rateByFollowers);
  });

  it('net sentiment is (positive − negative) ÷ labelled, unscored records not counted', () => {
    expect(kpisFromStats(rows, []).netSentiment).toEqual({ value: (4 - 3) / 10, basis: 10 });
    expect(kpisFromStats(rows, ['xiaohongshu']).netSentiment).toEqual({ value: -1, basis: 2 });
  });

  it('filters by platform', () => {
    const kpis = kpisFromStats(rows, ['xiaohongshu']);
    expect(kpis).toMatchObject({ posts: 2, comments: 5, engagement: 1000, engagementPerPost: 500 });
    expect(kpis.rateByViews).toEqual({ value: undefined, basis: 0 });
    expect(kpisFromStats(rows, ['weibo', 'xiaohongshu']).posts).toBe(6);
    expect(kpisFromStats(rows, ['youtube']).posts).toBe(0);
  });

  it('unknown is not zero: no engaged post, no denominator, nothing labelled', () => {
    const kpis = kpisFromStats([statsRow(H1, 'reddit', { posts: 4, comments: 2 })], []);
    expect(kpis.posts).toBe(4);
    expect(kpis.engagement).toBeUndefined();
    expect(kpis.engagementPerPost).toBeUndefined();
    expect(kpis.rateByViews).toEqual({ value: undefined, basis: 0 });
    expect(kpis.rateByFollowers).toEqual({ value: undefined, basis: 0 });
    expect(kpis.netSentiment).toEqual({ value: undefined, basis: 0 });
    expect(kpis.shareOfVoice).toEqual({ value: undefined, basis: 0 });
  });

  it('a known engagement of 0 stays 0, and a rate of 0 is a rate', () => {
    const kpis = kpisFromStats([statsRow(H1, 'x', { posts: 1, engagedPosts: 1, engagement: 0, rateByViewsPosts: 1, neutral: 1 })], []);
    expect(kpis.engagement).toBe(0);
    expect(kpis.engagementPerPost).toBe(0);
    expect(kpis.rateByViews).toEqual({ value: 0, basis: 1 });
    expect(kpis.netSentiment).toEqual({ value: 0, basis: 1 });
  });

  it('is empty, not zero, without rows', () => {
    const kpis = kpisFromStats([], []);
    expect(kpis).toMatchObject({ posts: 0, comments: 0, engagement: undefined, engagementPerPost: undefined });
  });

  it('reads the running totals the same way (the "all" range)', () => {
    expect(kpisFromStats([statsRow(ALL_TIME, 'weibo', { posts: 7 })], []).posts).toBe(7);
  });
});

describe('shareOfVoice', () => {
  const byWatch = new Map([
    ['brand', [statsRow(H1, 'weibo', { scope: 'brand', posts: 2, comments: 4 }), statsRow(H2, 'x', { scope: 'brand', posts: 2 })]],
    ['rival', [statsRow(H1, 'weibo', { scope: 'rival', posts: 1, comments: 1 })]],
    ['quiet', []],
  ]);

  it('is the watch’s mentions (posts + comments) ÷ all watches’ mentions', () => {
    expect(shareOfVoice(byWatch, 'brand', [])).toEqual({ value: 0.8, basis: 10 });
    expect(shareOfVoice(byWatch, 'rival', [])).toEqual({ value: 0.2, basis: 10 });
  });

  it('is a real 0 for a watch nobody mentioned while others were', () => {
    expect(shareOfVoice(byWatch, 'quiet', [])).toEqual({ value: 0, basis: 10 });
  });

  it('applies the platform filter to every watch', () => {
    expect(shareOfVoice(byWatch, 'brand', ['weibo'])).toEqual({ value: 0.75, basis: 8 });
    expect(shareOfVoice(byWatch, 'brand', ['x'])).toEqual({ value: 1, basis: 2 });
  });

  it('is unknown without a watch, or without any watch mention', () => {
    expect(shareOfVoice(byWatch, '', [])).toEqual({ value: undefined, basis: 10 });
    expect(shareOfVoice(byWatch, 'brand', ['youtube'])).toEqual({ value: undefined, basis: 0 });
    expect(shareOfVoice(new Map(), 'brand', [])).toEqual({ value: undefined, basis: 0 });
  });

  it('withShareOfVoice fills it in without touching the rest', () => {
    const kpis = kpisFromStats(byWatch.get('brand')!, []);
    const filled = withShareOfVoice(kpis, { value: 0.8, basis: 10 });
    expect(filled.shareOfVoice).toEqual({ value: 0.8, basis: 10 });
    expect(filled.posts).toBe(kpis.posts);
    expect(kpis.shareOfVoice.value).toBeUndefined();
  });
});

describe('kpiChange', () => {
  it('gives the difference and the relative change', () => {
    expect(kpiChange(150, 100)).toEqual({ current: 150, previous: 100, delta: 50, relative: 0.5 });
    expect(kpiChange(0.1, 0.4).relative).toBeCloseTo(-0.75, 12);
  });

  it('has no relative change against 0, but a delta', () => {
    expect(kpiChange(5, 0)).toEqual({ current: 5, previous: 0, delta: 5, relative: undefined });
  });

  it('has no change when either side is unknown', () => {
    expect(kpiChange(undefined, 3)).toEqual({ current: undefined, previous: 3, delta: undefined, relative: undefined });
    expect(kpiChange(3, undefined)).toEqual({ current: 3, previous: undefined, delta: undefined, relative: undefined });
  });
});

describe('previousPeriod', () => {
  it('is the same length immediately before', () => {
    const from = Date.parse('2026-11-20T00:00:00Z');
    const to = Date.parse('2026-11-27T00:00:00Z');
    expect(previousPeriod(from, to)).toEqual({ from: Date.parse('2026-11-13T00:00:00Z'), to: from });
  });
});
