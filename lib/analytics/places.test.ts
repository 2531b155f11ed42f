import { describe, expect, it } from 'vitest';
import { placesFromStats, normalisePlace } from './places';
import { emptyStatsValues, type StatsRow } from './stats-types';
import type { Platform } from '../model';

const row = (platform: Platform, places?: Record<string, number>, hour = '2026-11-26T05:00:00.000Z'): StatsRow =>
  ({ ...emptyStatsValues(), scope: '', hour, platform, places });

describe('normalisePlace', () => {
  it('strips the labels platforms put before the place', () => {
    expect(normalisePlace('IP属地：广东')).toBe('广东');
    expect(normalisePlace('IP属地:广东')).toBe('广东');
    expect(normalisePlace(' IP 属地 上海 ')).toBe('上海');
    expect(normalisePlace('ip归属地：北京')).toBe('北京');
    expect(normalisePlace('来自广东')).toBe('广东');
    expect(normalisePlace('发布于 浙江')).toBe('浙江');
    expect(normalisePlace('美国')).toBe('美国');
    expect(normalisePlace('IP属地：')).toBe('');
  });
});

describe('placesFromStats', () => {
  const rows = [
    row('weibo', { 'IP属地：广东': 3, 北京: 1 }),
    row('weibo', { 广东: 2, '来自北京': 1 }, '2026-11-26T06:00:00.000Z'),
    row('bilibili', { 上海: 6, '': 4 }),
    row('douyin'),
  ];

  it('sums places over rows (labels stripped first), most comments first, share of all placed comments', () => {
    expect(placesFromStats(rows, [])).toEqual([
      { place: '上海', comments: 6, share: 6 / 13 },
      { place: '广东', comments: 5, share: 5 / 13 },
      { place: '北京', comments: 2, share: 2 / 13 },
    ]);
  });

  it('keeps only the chosen platforms, and the share stays of all places even past the limit', () => {
    expect(placesFromStats(rows, ['weibo'], 1)).toEqual([{ place: '广东', comments: 5, share: 5 / 7 }]);
    expect(placesFromStats(rows, ['douyin'])).toEqual([]);
  });
});
