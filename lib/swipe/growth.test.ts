import { describe, expect, it } from 'vitest';
import { growthOf } from './growth';

describe('growthOf', () => {
  it('subtracts the counts at save from the current counts, per metric and for engagement', () => {
    const growth = growthOf({ platform: 'weibo', metricsAtSave: { likes: 100, comments: 10, shares: 5 } }, { metrics: { likes: 150, comments: 12, shares: 5, views: 9000 } });
    expect(growth).toEqual({
      metrics: { likes: { atSave: 100, now: 150, delta: 50 }, comments: { atSave: 10, now: 12, delta: 2 }, shares: { atSave: 5, now: 5, delta: 0 } },
      engagement: { atSave: 115, now: 167, delta: 52 },
      grew: true,
    });
  });

  it('leaves out a metric unknown at either moment instead of treating it as 0', () => {
    const growth = growthOf({ platform: 'weibo', metricsAtSave: { likes: 10, views: 500 } }, { metrics: { likes: 10 } })!;
    expect(growth.metrics.views).toBeUndefined();
    expect(growth.grew).toBe(false);
  });

  it('reports a drop (deleted likes) as a negative delta, not growth', () => {
    const growth = growthOf({ platform: 'weibo', metricsAtSave: { likes: 10 } }, { metrics: { likes: 8 } })!;
    expect(growth.metrics.likes!.delta).toBe(-2);
    expect(growth.grew).toBe(false);
  });

  it("counts engagement by the platform's definition (Xiaohongshu counts saves, not shares)", () => {
    const growth = growthOf({ platform: 'xiaohongshu', metricsAtSave: { likes: 10, saves: 4, shares: 50 } }, { metrics: { likes: 12, saves: 9, shares: 80 } })!;
    expect(growth.engagement).toEqual({ atSave: 14, now: 21, delta: 7 });
  });

  it('is undefined when the record is gone', () => {
    expect(growthOf({ platform: 'weibo', metricsAtSave: { likes: 1 } }, undefined)).toBeUndefined();
  });
});
