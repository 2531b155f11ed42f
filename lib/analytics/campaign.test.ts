import { describe, expect, it } from 'vitest';
import type { Platform } from '../model';
import { compareWindows, dayToDayVerdict, type CompareOptions } from './campaign';
import type { StatsRow } from './stats-types';
import { hourAfter, statsRow } from './test-stats';
import type { CompareMetric, CompareRow } from './view-types';

const DAY = 86_400_000;
const A_FROM = '2026-10-01T00:00:00.000Z';
const B_FROM = '2026-11-01T00:00:00.000Z';
const utc: CompareOptions = { platforms: [], basis: 'views', timeZone: 'UTC' };

/** One row per day at noon UTC, each day's values from the function. */
function daily(start: string, days: number, values: (day: number) => Partial<StatsRow>, platform: Platform = 'weibo'): StatsRow[] {
  return Array.from({ length: days }, (_, day) => statsRow(hourAfter(start, day * 24 + 12), platform, values(day)));
}
const windowOf = (start: string, days: number) => ({ from: Date.parse(start), to: Date.parse(start) + days * DAY });
const windows = (daysA: number, daysB: number) => ({ a: windowOf(A_FROM, daysA), b: windowOf(B_FROM, daysB) });
const row = (rows: CompareRow[], metric: CompareMetric) => rows.find((entry) => entry.metric === metric)!;

const BEFORE = [10, 12, 9, 11, 10, 13, 9];

describe('dayToDayVerdict', () => {
  it('is Welch’s z of the per-day means', () => {
    const result = dayToDayVerdict([1, 2, 3], [4, 5, 6]);
    expect(result.verdict).toBe('larger');
    expect(result.z).toBeCloseTo(3 / Math.sqrt(2 / 3), 10);
    expect(dayToDayVerdict([4, 5, 6], [1, 2, 3]).z).toBeCloseTo(-3 / Math.sqrt(2 / 3), 10);
  });

  it('is within below |z| = 2', () => {
    const result = dayToDayVerdict([1, 2, 3], [2, 3, 4]);
    expect(result.verdict).toBe('within');
    expect(result.z).toBeCloseTo(1 / Math.sqrt(2 / 3), 10);
  });

  it('needs two days on each side to know the variation', () => {
    expect(dayToDayVerdict([5], [1, 2, 3])).toEqual({ verdict: 'too-little' });
    expect(dayToDayVerdict([1, 2], [])).toEqual({ verdict: 'too-little' });
  });

  it('without any variation: equal is within, any difference is larger', () => {
    expect(dayToDayVerdict([5, 5, 5], [5, 5])).toEqual({ verdict: 'within', z: 0 });
    expect(dayToDayVerdict([5, 5, 5], [6, 6])).toEqual({ verdict: 'larger' });
  });
});

describe('compareWindows', () => {
  it('calls a clear campaign lift larger, with window totals as a and b', () => {
    const before = daily(A_FROM, 7, (day) => ({ posts: BEFORE[day] }));
    const after = daily(B_FROM, 7, (day) => ({ posts: [30, 28, 35, 31, 29, 33, 30][day] }));
    const posts = row(compareWindows(before, after, windows(7, 7), utc), 'posts');
    expect(posts).toMatchObject({ a: 74, b: 216, delta: 142, verdict: 'larger', daysA: 7, daysB: 7 });
    expect(posts.relative).toBeCloseTo(142 / 74, 10);
    expect(posts.dailyA).toBeCloseTo(74 / 7, 10);
    expect(posts.z!).toBeGreaterThan(10);
  });

  it('calls noise within', () => {
    const before = daily(A_FROM, 7, (day) => ({ posts: BEFORE[day] }));
    const after = daily(B_FROM, 7, (day) => ({ posts: [11, 9, 12, 10, 13, 10, 11][day] }));
    const posts = row(compareWindows(before, after, windows(7, 7), utc), 'posts');
    expect(posts.verdict).toBe('within');
    expect(Math.abs(posts.z!)).toBeLessThan(2);
  });

  it('judges counts per day, so a longer window with the same daily level is within', () => {
    const before = daily(A_FROM, 3, (day) => ({ posts: [9, 11, 10][day] }));
    const after = daily(B_FROM, 10, (day) => ({ posts: day % 2 ? 9 : 11 }));
    const posts = row(compareWindows(before, after, windows(3, 10), utc), 'posts');
    expect(posts).toMatchObject({ a: 30, b: 100, delta: 70, verdict: 'within', dailyA: 10, dailyB: 10 });
  });

  it('counts a day with nothing captured as 0 posts', () => {
    const before = daily(A_FROM, 2, () => ({ posts: 4 })); // 4, 4, 0, 0 over four days
    const after = daily(B_FROM, 4, () => ({ posts: 4 }));
    const posts = row(compareWindows(before, after, windows(4, 4), utc), 'posts');
    expect(posts).toMatchObject({ a: 8, b: 16, daysA: 4, daysB: 4, dailyA: 2, dailyB: 4, verdict: 'within' });
  });

  it('has too little to say about 1-day windows', () => {
    const before = daily(A_FROM, 1, () => ({ posts: 10, comments: 3, engagedPosts: 10, engagement: 100, positive: 2 }));
    const after = daily(B_FROM, 1, () => ({ posts: 50, comments: 90, engagedPosts: 50, engagement: 5000, negative: 2 }));
    const rows = compareWindows(before, after, windows(1, 1), utc);
    for (const entry of rows) expect(entry.verdict).toBe('too-little');
    expect(row(rows, 'posts')).toMatchObject({ a: 10, b: 50, delta: 40 });
    expect(row(rows, 'netSentiment')).toMatchObject({ a: 1, b: -1, delta: -2 });
  });

  it('leaves unknown ratios unknown (not 0) and their verdict too-little', () => {
    const before = daily(A_FROM, 7, () => ({ posts: 5 }));
    const after = daily(B_FROM, 7, () => ({ posts: 6 }));
    const rows = compareWindows(before, after, windows(7, 7), utc);
    for (const metric of ['engagementPerPost', 'rate', 'netSentiment', 'shareOfVoice'] as const) {
      expect(row(rows, metric)).toMatchObject({ a: undefined, b: undefined, delta: undefined, relative: undefined, verdict: 'too-little', daysA: 0 });
    }
    expect(row(rows, 'posts').verdict).toBe('larger'); // 5 every day, then 6 every day
  });

  it('skips the days a ratio has no denominator instead of counting them as 0', () => {
    const before = daily(A_FROM, 7, (day) => (day < 2 ? { posts: 3, rateByViewsSum: 0.03, rateByViewsPosts: 3 } : { posts: 3 }));
    const after = daily(B_FROM, 7, (day) => ({ posts: 3, rateByViewsSum: 0.03 + day * 0.003, rateByViewsPosts: 3 }));
    const rate = row(compareWindows(before, after, windows(7, 7), utc), 'rate');
    expect(rate.a).toBeCloseTo(0.01, 10);
    expect(rate.dailyA).toBeCloseTo(0.01, 10);
    expect(rate).toMatchObject({ daysA: 2, daysB: 7 });
    const oneDay = daily(A_FROM, 7, (day) => (day === 0 ? { rateByViewsSum: 0.03, rateByViewsPosts: 3 } : {}));
    expect(row(compareWindows(oneDay, after, windows(7, 7), utc), 'rate')).toMatchObject({ daysA: 1, verdict: 'too-little' });
  });

  it('compares the rate by the chosen basis, engagement per engaged post and net sentiment', () => {
    const before = daily(A_FROM, 5, (day) => ({
      posts: 4, engagedPosts: 2, engagement: 100 + day, rateByFollowersSum: 0.02, rateByFollowersPosts: 2, positive: 1, negative: 1,
    }));
    const after = daily(B_FROM, 5, (day) => ({
      posts: 4, engagedPosts: 2, engagement: 300 + day, rateByFollowersSum: 0.021 + day * 0.0001, rateByFollowersPosts: 2, positive: 3, negative: 1 + (day % 2),
    }));
    const rows = compareWindows(before, after, windows(5, 5), { ...utc, basis: 'followers' });
    expect(row(rows, 'engagementPerPost')).toMatchObject({ a: 51, b: 151, verdict: 'larger' });
    expect(row(rows, 'rate').a).toBeCloseTo(0.01, 10);
    expect(row(rows, 'rate').verdict).toBe('larger');
    expect(row(rows, 'netSentiment').a).toBe(0);
    expect(row(rows, 'netSentiment').verdict).toBe('larger');
    expect(row(compareWindows(before, after, windows(5, 5), utc), 'rate').a).toBeUndefined();
  });

  it('compares the chosen watch’s share of voice day by day', () => {
    const watchRows = (start: string, brand: number[], rival: number[]) => new Map([
      ['brand', daily(start, brand.length, (day) => ({ scope: 'brand', posts: brand[day] }))],
      ['rival', daily(start, rival.length, (day) => ({ scope: 'rival', posts: rival[day] }))],
    ]);
    const options: CompareOptions = {
      ...utc, watchId: 'brand',
      watchRowsA: watchRows(A_FROM, [3, 2, 3, 4], [7, 8, 7, 6]),
      watchRowsB: watchRows(B_FROM, [6, 7, 6, 7], [4, 3, 4, 3]),
    };
    const sov = row(compareWindows([], [], windows(4, 4), options), 'shareOfVoice');
    expect(sov).toMatchObject({ a: 0.3, b: 0.65, verdict: 'larger', daysA: 4, daysB: 4 });
    expect(sov.delta).toBeCloseTo(0.35, 10);
    const noWatch = row(compareWindows([], [], windows(4, 4), { ...options, watchId: undefined }), 'shareOfVoice');
    expect(noWatch).toMatchObject({ a: undefined, b: undefined, verdict: 'too-little' });
  });

  it('counts only rows inside each window and on the chosen platforms', () => {
    const before = [
      ...daily(A_FROM, 3, () => ({ posts: 2 })),
      ...daily(A_FROM, 3, () => ({ posts: 100 }), 'douyin'),
      statsRow('2026-09-30T23:00:00.000Z', 'weibo', { posts: 1000 }),
      statsRow('all', 'weibo', { posts: 1000 }),
    ];
    const after = daily(B_FROM, 3, () => ({ posts: 2 }));
    const rows = compareWindows(before, after, windows(3, 3), { ...utc, platforms: ['weibo'] });
    expect(row(rows, 'posts')).toMatchObject({ a: 6, b: 6, delta: 0, relative: 0, verdict: 'within' });
  });

  it('splits the windows into days of the given time zone', () => {
    const from = '2026-10-01T16:00:00.000Z'; // 2 Oct 00:00 in Shanghai
    const before = [
      statsRow('2026-10-02T15:00:00.000Z', 'weibo', { posts: 6 }), // 23:00 on the 2nd
      statsRow('2026-10-02T16:00:00.000Z', 'weibo', { posts: 2 }), // 00:00 on the 3rd
    ];
    const afterFrom = '2026-10-31T16:00:00.000Z'; // 1 Nov 00:00 in Shanghai
    const after = daily(afterFrom, 2, () => ({ posts: 4 }));
    const both = { a: windowOf(from, 2), b: windowOf(afterFrom, 2) };
    const posts = row(compareWindows(before, after, both, { ...utc, timeZone: 'Asia/Shanghai' }), 'posts');
    expect(posts).toMatchObject({ a: 8, b: 8, daysA: 2, daysB: 2, dailyA: 4 });
    expect(posts.z).toBe(0); // 6 and 2 against 4 and 4: same mean
    const inUtc = row(compareWindows(before, after, both, utc), 'posts');
    expect(inUtc.daysA).toBe(3); // the same 48 h touch three UTC days
  });
});
