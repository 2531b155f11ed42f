// What an example card shows of its counts: now (when the post was seen again) and the change since saving.
import { engagementOf } from '../model';
import type { CurrentRecord } from './filter';
import { growthOf } from './growth';
import type { SavedExample } from './types';

/** The public counts a card lists, in this order (saves are rarely public on competitors' posts). */
export const CARD_METRICS = ['likes', 'comments', 'shares', 'views'] as const;
export type CardMetric = (typeof CARD_METRICS)[number];

export interface CountRow {
  metric: CardMetric;
  atSave?: number;
  /** Absent when the post's record is gone: the card then shows the counts at save. */
  now?: number;
  /** Present only when the count is known at both moments. */
  delta?: number;
}

export interface CardCounts {
  rows: CountRow[];
  engagementAtSave: number;
  engagementNow: number;
  engagementDelta: number;
}

export function cardCounts(example: SavedExample, current: CurrentRecord | undefined): CardCounts {
  const growth = growthOf(example, current);
  const rows: CountRow[] = [];
  for (const metric of CARD_METRICS) {
    const atSave = example.metricsAtSave[metric];
    const now = current?.metrics?.[metric];
    if (atSave === undefined && now === undefined) continue;
    const row: CountRow = { metric };
    if (atSave !== undefined) row.atSave = atSave;
    if (now !== undefined) row.now = now;
    const delta = growth?.metrics[metric]?.delta;
    if (delta !== undefined) row.delta = delta;
    rows.push(row);
  }
  const atSave = engagementOf(example.metricsAtSave, example.platform);
  const engagement = growth?.engagement ?? { atSave, now: atSave, delta: 0 };
  return { rows, engagementAtSave: engagement.atSave, engagementNow: engagement.now, engagementDelta: engagement.delta };
}
