import { describe, expect, it } from 'vitest';
import { addHealth, addToRollups, hourOf } from './ingest-counters';
import { weiboComment, weiboPost, weiboTrend, xPost } from './test-records';

const HOUR = '2024-06-14T12:00:00.000Z';

describe('hourOf', () => {
  it('floors to the UTC hour', () => {
    expect(hourOf(new Date('2024-06-14T12:59:59.999Z'))).toBe(HOUR);
    expect(hourOf(new Date('2024-06-14T20:30:00+08:00'))).toBe(HOUR);
  });
});

describe('addToRollups', () => {
  it('counts records per platform and kind, adding to the stored row', () => {
    const stored = [{ platform: 'weibo' as const, hour: HOUR, posts: 3, comments: 1, trends: 0 }, undefined];
    const rows = addToRollups(stored, [weiboPost(), weiboComment(), weiboComment(), weiboTrend(), xPost()], HOUR);
    expect(rows).toEqual([
      { platform: 'weibo', hour: HOUR, posts: 4, comments: 3, trends: 1 },
      { platform: 'x', hour: HOUR, posts: 1, comments: 0, trends: 0 },
    ]);
    expect(stored[0]!.posts).toBe(3);
  });

  it('returns nothing when nothing is new', () => {
    expect(addToRollups([{ platform: 'weibo', hour: HOUR, posts: 3, comments: 1, trends: 0 }], [], HOUR)).toEqual([]);
  });
});

describe('addHealth', () => {
  const NOW = '2024-06-14T12:31:00.000Z';
  it('sums deltas, stamps lastCaptureAt only when items arrived, keeps the last error', () => {
    const stored = [{ adapter: 'weibo', items: 10, errors: 1, skipped: 0, lastCaptureAt: '2024-06-13T00:00:00.000Z', lastError: 'old' }, undefined];
    const rows = addHealth(stored, [
      { adapter: 'weibo', items: 0, errors: 1, skipped: 2, lastError: 'SyntaxError: Unexpected token <' },
      { adapter: 'x', items: 5, errors: 0, skipped: 0 },
      { adapter: 'x', items: 2, errors: 0, skipped: 1 },
    ], NOW);
    expect(rows).toEqual([
      { adapter: 'weibo', items: 10, errors: 2, skipped: 2, lastCaptureAt: '2024-06-13T00:00:00.000Z', lastError: 'SyntaxError: Unexpected token <' },
      { adapter: 'x', items: 7, errors: 0, skipped: 1, lastCaptureAt: NOW },
    ]);
  });
});
