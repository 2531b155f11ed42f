import { describe, expect, it } from 'vitest';
import { parseTime } from './time';

// 2024-06-15 10:00 in China (UTC+8).
const CAPTURED = '2024-06-15T02:00:00.000Z';

describe('parseTime', () => {
  it.each([
    // epoch seconds / milliseconds, numbers or numeric strings
    [1718367365, '2024-06-14T12:16:05.000Z'],
    ['1718367365', '2024-06-14T12:16:05.000Z'],
    [1718185880000, '2024-06-12T09:51:20.000Z'],
    ['1718185880000', '2024-06-12T09:51:20.000Z'],
    [1741550642.0, '2025-03-09T20:04:02.000Z'],
    // ISO
    ['2021-02-02T08:28:50.000Z', '2021-02-02T08:28:50.000Z'],
    ['2019-08-24T05:00:00-07:00', '2019-08-24T12:00:00.000Z'],
    ['2024-06-14T12:30:00', '2024-06-14T12:30:00.000Z'],
    // Weibo / X created_at
    ['Fri Jun 14 20:16:05 +0800 2024', '2024-06-14T12:16:05.000Z'],
    ['Thu Jul 20 16:57:24 +0000 2023', '2023-07-20T16:57:24.000Z'],
    ['Tue Nov 26 10:00:00 +0800 2024', '2024-11-26T02:00:00.000Z'],
    ['Mon Jan 01 01:00:00 -0500 2024', '2024-01-01T06:00:00.000Z'],
    // Chinese relative, against capturedAt
    ['刚刚', CAPTURED],
    ['30秒前', '2024-06-15T01:59:30.000Z'],
    ['5分钟前', '2024-06-15T01:55:00.000Z'],
    ['3小时前', '2024-06-14T23:00:00.000Z'],
    ['2天前', '2024-06-13T02:00:00.000Z'],
    ['1年前（修改过）', '2023-06-16T02:00:00.000Z'],
    // Chinese wall clock = China time
    ['今天 08:30', '2024-06-15T00:30:00.000Z'],
    ['昨天 12:30', '2024-06-14T04:30:00.000Z'],
    ['前天 08:00', '2024-06-13T00:00:00.000Z'],
    ['06-14', '2024-06-13T16:00:00.000Z'],
    ['06-14 20:16', '2024-06-14T12:16:00.000Z'],
    ['12-31', '2023-12-30T16:00:00.000Z'],
    ['2024-06-14', '2024-06-13T16:00:00.000Z'],
    ['2024-06-14 12:30', '2024-06-14T04:30:00.000Z'],
    ['2024-06-14 12:30:15', '2024-06-14T04:30:15.000Z'],
    ['2024年6月14日', '2024-06-13T16:00:00.000Z'],
    // English relative
    ['2h', '2024-06-15T00:00:00.000Z'],
    ['5m', '2024-06-15T01:55:00.000Z'],
    ['3d', '2024-06-12T02:00:00.000Z'],
    ['1w', '2024-06-08T02:00:00.000Z'],
    ['2 hours ago', '2024-06-15T00:00:00.000Z'],
    ['3 days ago', '2024-06-12T02:00:00.000Z'],
    ['an hour ago', '2024-06-15T01:00:00.000Z'],
    ['1 minute ago', '2024-06-15T01:59:00.000Z'],
    ['4 years ago (edited)', '2020-06-16T02:00:00.000Z'],
    ['just now', CAPTURED],
    ['now', CAPTURED],
  ])('%j → %s', (input, expected) => {
    expect(parseTime(input, CAPTURED)).toBe(expected);
  });

  it('resolves "昨天" across a China day boundary that UTC has not crossed', () => {
    // 2024-06-15 00:30 China is still 2024-06-14 in UTC; "yesterday" is the 14th in China.
    expect(parseTime('昨天 23:00', '2024-06-14T16:30:00.000Z')).toBe('2024-06-14T15:00:00.000Z');
  });

  it('puts a month-day that is later than the capture into the previous year', () => {
    expect(parseTime('06-16', CAPTURED)).toBe('2023-06-15T16:00:00.000Z');
    expect(parseTime('06-15', CAPTURED)).toBe('2024-06-14T16:00:00.000Z');
  });

  it.each([
    [''],
    ['   '],
    ['yesterday-ish'],
    ['13-40'],
    ['02-30'],
    ['2024-13-01'],
    ['昨天 25:00'],
    ['Fri Foo 14 20:16:05 +0800 2024'],
    [0],
    [-5],
    [Number.NaN],
    [Number.POSITIVE_INFINITY],
    [null],
    [undefined],
    [{}],
    ['5 parsecs ago'],
  ])('%j → undefined', (input) => {
    expect(parseTime(input, CAPTURED)).toBeUndefined();
  });

  it('gives no relative time when capturedAt is unusable, but still parses absolute ones', () => {
    expect(parseTime('5分钟前', 'not a date')).toBeUndefined();
    expect(parseTime('06-14', 'not a date')).toBeUndefined();
    expect(parseTime('2024-06-14 12:30', 'not a date')).toBe('2024-06-14T04:30:00.000Z');
  });
});
