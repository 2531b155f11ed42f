import { describe, expect, it } from 'vitest';
import { cardCounts } from './ui-card';
import { savedExample } from './test-examples';

describe('cardCounts', () => {
  const example = savedExample({ metricsAtSave: { likes: 100, comments: 10, views: 5000, saves: 3 } });
  it('lists the public counts now, with the change where both moments are known', () => {
    const counts = cardCounts(example, { metrics: { likes: 150, comments: 8, shares: 4, views: 5000 } });
    expect(counts.rows).toEqual([
      { metric: 'likes', atSave: 100, now: 150, delta: 50 },
      { metric: 'comments', atSave: 10, now: 8, delta: -2 },
      { metric: 'shares', now: 4 },
      { metric: 'views', atSave: 5000, now: 5000, delta: 0 },
    ]);
    // Engagement counts likes + comments + shares: the shares first seen later count in "now" only.
    expect(counts).toMatchObject({ engagementAtSave: 110, engagementNow: 162, engagementDelta: 52 });
  });
  it('falls back to the counts at save when the post is no longer stored', () => {
    const counts = cardCounts(example, undefined);
    expect(counts.rows.map((row) => [row.metric, row.now, row.delta])).toEqual([['likes', undefined, undefined], ['comments', undefined, undefined], ['views', undefined, undefined]]);
    expect(counts).toMatchObject({ engagementAtSave: 110, engagementNow: 110, engagementDelta: 0 });
  });
});
