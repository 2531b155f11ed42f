import { describe, expect, it } from 'vitest';
import { dayBuckets, sentimentSeries, shareOfVoiceSeries, timeBuckets, volumeByPlatform } from './series';
import { ALL_TIME } from './stats-types';
import { hourAfter, statsRow } from './test-stats';

const HOUR = 3_600_000;
const at = Date.parse;
const hours = (buckets: { start: number; end: number }[]) => buckets.map((bucket) => (bucket.end - bucket.start) / HOUR);

describe('timeBuckets', () => {
  it('is hourly up to 48 h, labelled in local time', () => {
    const from = at('2026-11-26T00:00:00Z');
    const utc = timeBuckets(from, from + 24 * HOUR, 'UTC');
    expect(utc).toHaveLength(24);
    expect(utc[0]).toEqual({ start: from, end: from + HOUR, key: '2026-11-26T00' });
    expect(utc[23].key).toBe('2026-11-26T23');
    expect(timeBuckets(from, from + 48 * HOUR, 'UTC')).toHaveLength(48);
    const shanghai = timeBuckets(from, from + 24 * HOUR, 'Asia/Shanghai');
    expect(shanghai[0].key).toBe('2026-11-26T08');
    expect(shanghai[23].key).toBe('2026-11-27T07');
  });

  it('is daily beyond 48 h: local calendar days in Shanghai start at 16:00 UTC', () => {
    const from = at('2026-11-19T16:00:00Z'); // 20 Nov 00:00 in Shanghai
    const days = timeBuckets(from, from + 7 * 24 * HOUR, 'Asia/Shanghai');
    expect(days.map((day) => day.key)).toEqual(['2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26']);
    expect(days[1].start).toBe(at('2026-11-20T16:00:00Z'));
    expect(hours(days)).toEqual([24, 24, 24, 24, 24, 24, 24]);
    expect(timeBuckets(from, from + 49 * HOUR, 'Asia/Shanghai')).toHaveLength(3);
  });

  it('has a 23-hour day when New York springs forward and a 25-hour day when it falls back', () => {
    const spring = timeBuckets(at('2026-03-07T05:00:00Z'), at('2026-03-10T04:00:00Z'), 'America/New_York');
    expect(spring.map((day) => day.key)).toEqual(['2026-03-07', '2026-03-08', '2026-03-09']);
    expect(hours(spring)).toEqual([24, 23, 24]);
    expect(spring[2].start).toBe(at('2026-03-09T04:00:00Z'));
    const fall = timeBuckets(at('2026-10-31T04:00:00Z'), at('2026-11-03T05:00:00Z'), 'America/New_York');
    expect(fall.map((day) => day.key)).toEqual(['2026-10-31', '2026-11-01', '2026-11-02']);
    expect(hours(fall)).toEqual([24, 25, 24]);
  });

  it('labels the hours of a DST change as the clock shows them', () => {
    const keys = timeBuckets(at('2026-03-08T05:00:00Z'), at('2026-03-08T09:00:00Z'), 'America/New_York').map((hour) => hour.key);
    expect(keys).toEqual(['2026-03-08T00', '2026-03-08T01', '2026-03-08T03', '2026-03-08T04']);
  });

  it('starts a day where the clock skips midnight (Santiago, September)', () => {
    const days = dayBuckets(at('2026-09-05T04:00:00Z'), at('2026-09-07T03:00:00Z'), 'America/Santiago');
    expect(days.map((day) => day.key)).toEqual(['2026-09-05', '2026-09-06']);
    expect(days[1].start).toBe(at('2026-09-06T04:00:00Z')); // 01:00 local: 00:00 never happened
    expect(hours(days)).toEqual([24, 23]);
  });

  it('cuts the first and last day to the range', () => {
    const days = timeBuckets(at('2026-11-26T12:00:00Z'), at('2026-11-29T06:00:00Z'), 'UTC');
    expect(days.map((day) => day.key)).toEqual(['2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29']);
    expect(hours(days)).toEqual([12, 24, 24, 6]);
  });

  it('is empty for an empty or reversed range', () => {
    expect(timeBuckets(5, 5, 'UTC')).toEqual([]);
    expect(timeBuckets(10, 5, 'UTC')).toEqual([]);
  });

  it('rejects a time zone that does not exist', () => {
    expect(() => timeBuckets(0, 72 * HOUR, 'Mars/Olympus')).toThrow(RangeError);
  });
});

describe('volumeByPlatform', () => {
  const from = at('2026-11-19T16:00:00Z');
  const days = timeBuckets(from, from + 3 * 24 * HOUR, 'Asia/Shanghai');

  it('puts each row in the local day containing its hour start, busiest platform first', () => {
    const rows = [
      statsRow('2026-11-20T15:00:00.000Z', 'weibo', { posts: 1, comments: 2 }), // 23:00 on the 20th
      statsRow('2026-11-20T16:00:00.000Z', 'weibo', { posts: 1 }), // 00:00 on the 21st
      statsRow('2026-11-21T02:00:00.000Z', 'xiaohongshu', { posts: 3, comments: 7 }),
      statsRow('2026-11-21T03:00:00.000Z', 'xiaohongshu', { comments: 1 }),
    ];
    expect(volumeByPlatform(rows, days, [])).toEqual([
      { platform: 'xiaohongshu', volume: [0, 11, 0] },
      { platform: 'weibo', volume: [3, 1, 0] },
    ]);
  });

  it('leaves out other platforms, rows outside the range and the running totals', () => {
    const rows = [
      statsRow('2026-11-20T15:00:00.000Z', 'weibo', { posts: 1 }),
      statsRow('2026-11-20T15:00:00.000Z', 'douyin', { posts: 9 }),
      statsRow('2026-11-19T15:00:00.000Z', 'weibo', { posts: 50 }),
      statsRow('2026-11-22T16:00:00.000Z', 'weibo', { posts: 50 }),
      statsRow(ALL_TIME, 'weibo', { posts: 500 }),
    ];
    expect(volumeByPlatform(rows, days, ['weibo'])).toEqual([{ platform: 'weibo', volume: [1, 0, 0] }]);
    expect(volumeByPlatform(rows, days, ['youtube'])).toEqual([]);
  });

  it('counts hour by hour on a short range', () => {
    const start = '2026-11-26T00:00:00.000Z';
    const hourly = timeBuckets(at(start), at(start) + 3 * HOUR, 'UTC');
    const rows = [statsRow(hourAfter(start, 0), 'x', { posts: 2 }), statsRow(hourAfter(start, 2), 'x', { comments: 5 })];
    expect(volumeByPlatform(rows, hourly, [])).toEqual([{ platform: 'x', volume: [2, 0, 5] }]);
  });
});

describe('sentimentSeries', () => {
  it('sums labels per bucket and gives net sentiment only where something was labelled', () => {
    const start = '2026-11-26T00:00:00.000Z';
    const buckets = timeBuckets(at(start), at(start) + 3 * HOUR, 'UTC');
    const rows = [
      statsRow(hourAfter(start, 0), 'weibo', { posts: 4, positive: 3, neutral: 0, negative: 1 }),
      statsRow(hourAfter(start, 0), 'x', { posts: 1, negative: 1 }),
      statsRow(hourAfter(start, 1), 'weibo', { posts: 6 }), // captured, nothing scored
      statsRow(hourAfter(start, 2), 'weibo', { neutral: 2 }),
    ];
    expect(sentimentSeries(rows, buckets, [])).toEqual({
      positive: [3, 0, 0], neutral: [0, 0, 2], negative: [2, 0, 0], net: [0.2, null, 0],
    });
    expect(sentimentSeries(rows, buckets, ['weibo']).net).toEqual([0.5, null, 0]);
  });
});

describe('shareOfVoiceSeries', () => {
  const start = '2026-11-26T00:00:00.000Z';
  const buckets = timeBuckets(at(start), at(start) + 3 * HOUR, 'UTC');
  const byWatch = new Map([
    ['brand', [statsRow(hourAfter(start, 0), 'weibo', { scope: 'brand', posts: 3 }), statsRow(hourAfter(start, 1), 'x', { scope: 'brand', comments: 1 })]],
    ['rival', [statsRow(hourAfter(start, 0), 'weibo', { scope: 'rival', posts: 1 }), statsRow(hourAfter(start, 1), 'weibo', { scope: 'rival', posts: 3, comments: 6 })]],
    ['quiet', []],
  ]);

  it('gives each watch its share per bucket, null where no watch was mentioned, most mentioned first', () => {
    expect(shareOfVoiceSeries(byWatch, buckets, [])).toEqual([
      { watchId: 'rival', mentions: [1, 9, 0], share: [0.25, 0.9, null] },
      { watchId: 'brand', mentions: [3, 1, 0], share: [0.75, 0.1, null] },
      { watchId: 'quiet', mentions: [0, 0, 0], share: [0, 0, null] },
    ]);
  });

  it('applies the platform filter to every watch', () => {
    const [first, second] = shareOfVoiceSeries(byWatch, buckets, ['weibo']);
    expect(first).toEqual({ watchId: 'rival', mentions: [1, 9, 0], share: [0.25, 1, null] });
    expect(second).toEqual({ watchId: 'brand', mentions: [3, 0, 0], share: [0.75, 0, null] });
  });
});
