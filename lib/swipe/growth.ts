// How much a saved example grew since it was saved: its record's current counts minus the counts
// at save time. Only metrics known at both moments count (unknown is absent, never 0).
import { engagementOf, type Metrics } from '../model';
import type { SavedExample } from './types';

export const GROWTH_METRICS = ['likes', 'comments', 'shares', 'views', 'saves', 'replies'] as const;
export type GrowthMetric = (typeof GROWTH_METRICS)[number];

export interface MetricGrowth {
  atSave: number;
  now: number;
  delta: number;
}

export interface Growth {
  metrics: Partial<Record<GrowthMetric, MetricGrowth>>;
  /** The platform's engagement (see engagementOf), at save and now. */
  engagement: MetricGrowth;
  /** True when any count went up since the save. */
  grew: boolean;
}

/** Undefined when the record is gone (deleted captures): the card then shows the counts at save only. */
export function growthOf(example: Pick<SavedExample, 'metricsAtSave' | 'platform'>, current: { metrics?: Metrics } | undefined): Growth | undefined {
  if (!current?.metrics) return undefined;
  const metrics: Growth['metrics'] = {};
  for (const key of GROWTH_METRICS) {
    const atSave = example.metricsAtSave[key];
    const now = current.metrics[key];
    if (atSave !== undefined && now !== undefined) metrics[key] = { atSave, now, delta: now - atSave };
  }
  const atSave = engagementOf(example.metricsAtSave, example.platform);
  const now = engagementOf(current.metrics, example.platform);
  return {
    metrics,
    engagement: { atSave, now, delta: now - atSave },
    grew: Object.values(metrics).some((growth) => growth.delta > 0),
  };
}
