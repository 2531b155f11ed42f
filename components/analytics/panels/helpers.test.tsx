// The panels' pure helpers (kept in .test.tsx: vitest collects only those under components/).
import { describe, expect, it } from 'vitest';
import { storedPost } from '../../../tests/analytics-posts';
import { dayNumberOf, defaultWindows, splitAt, windowOfDays } from './compare-windows';
import { accountsOf, bestCell, cellStrength } from './heatmap-view';
import { sparklinePoints } from './Sparkline';

describe('compare windows', () => {
  it('reads only real calendar days', () => {
    expect(dayNumberOf('2026-11-26')).toBe(Date.UTC(2026, 10, 26) / 86_400_000);
    expect(dayNumberOf('2026-02-30')).toBeUndefined();
    expect(dayNumberOf('')).toBeUndefined();
  });
  it('turns inclusive local days into [from, to) instants, DST days included', () => {
    expect(windowOfDays({ from: '2026-11-20', to: '2026-11-20' }, 'Asia/Shanghai')).toEqual({
      from: Date.parse('2026-11-19T16:00:00Z'), to: Date.parse('2026-11-20T16:00:00Z'),
    });
    // New York springs forward on 8 March 2026: that day is 23 hours long.
    const dst = windowOfDays({ from: '2026-03-08', to: '2026-03-08' }, 'America/New_York')!;
    expect(dst.to - dst.from).toBe(23 * 3_600_000);
    expect(windowOfDays({ from: '2026-11-21', to: '2026-11-20' }, 'UTC')).toBeUndefined();
    expect(windowOfDays({ from: '0002-11-21', to: '2026-11-20' }, 'UTC')).toBeUndefined();
  });
  it('defaults B to the filter days and A to as many days before; a 24 h range spans two local days', () => {
    const range = { from: Date.parse('2026-11-25T06:00:00Z'), to: Date.parse('2026-11-26T06:00:00Z') };
    expect(defaultWindows(range, 'Asia/Shanghai')).toEqual({
      a: { from: '2026-11-23', to: '2026-11-24' }, b: { from: '2026-11-25', to: '2026-11-26' },
    });
  });
  it('splits before/after a day into equal windows', () => {
    expect(splitAt('2026-03-01', 3)).toEqual({ a: { from: '2026-02-26', to: '2026-02-28' }, b: { from: '2026-03-01', to: '2026-03-03' } });
    expect(splitAt('nope', 3)).toBeUndefined();
  });
});

describe('heatmap helpers', () => {
  it('lists accounts by posts, then name', () => {
    const author = (id: string, name: string) => ({ id, platform: 'x' as const, name });
    const posts = [storedPost({ platform: 'x', author: author('x:b', 'Bee') }), storedPost({ platform: 'x', author: author('x:a', 'Ant') }), storedPost({ platform: 'x', author: author('x:b', 'Bee') })];
    expect(accountsOf(posts).map((account) => [account.name, account.posts])).toEqual([['Bee', 2], ['Ant', 1]]);
  });
  it('picks the best cell, more posts winning a tie, and scales colours to the highest rate', () => {
    const cells = [{ weekday: 0, hour: 1, posts: 1, medianRate: 0.2 }, { weekday: 1, hour: 2, posts: 4, medianRate: 0.2 }, { weekday: 2, hour: 3, posts: 0, medianRate: undefined }];
    expect(bestCell({ cells, used: 5, withoutTime: 0, withoutRate: 0 })).toMatchObject({ weekday: 1, hour: 2 });
    expect(bestCell({ cells: [cells[2]!], used: 0, withoutTime: 0, withoutRate: 0 })).toBeUndefined();
    expect(cellStrength(0.2, 0.2)).toBe(1);
    expect(cellStrength(undefined, 0.2)).toBeUndefined();
  });
});

describe('sparklinePoints', () => {
  it('places known values by capture time and draws nothing from fewer than two', () => {
    const points = sparklinePoints([
      { at: '2026-11-25T00:00:00Z', engagement: 0 }, { at: '2026-11-25T01:00:00Z', engagement: undefined },
      { at: '2026-11-25T03:00:00Z', engagement: 30 }, { at: '2026-11-25T04:00:00Z', engagement: 40 },
    ]).split(' ');
    expect(points).toEqual(['2.0,22.0', '71.0,7.0', '94.0,2.0']);
    expect(sparklinePoints([{ at: '2026-11-25T00:00:00Z', engagement: 5 }])).toBe('');
  });
});
