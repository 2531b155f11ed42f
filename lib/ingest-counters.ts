// The per-batch counters ingest keeps beside the records: hourly first-seen rollups and adapter health.
import type { AdapterHealth, HourlyRollup } from './db';
import type { AdapterHealthDelta } from './messages';
import type { CapturedRecord, Platform } from './model';

/** The UTC hour a moment falls in, as the rollup key: 2024-06-14T12:00:00.000Z. */
export function hourOf(date: Date): string {
  const hour = new Date(date.getTime());
  hour.setUTCMinutes(0, 0, 0);
  return hour.toISOString();
}

const ROLLUP_FIELD = { post: 'posts', comment: 'comments', trend: 'trends' } as const;

/** Adds newly first-seen records to their platform's row for `hour`; returns only the rows that changed. */
export function addToRollups(stored: (HourlyRollup | undefined)[], created: CapturedRecord[], hour: string): HourlyRollup[] {
  const rows = new Map<Platform, HourlyRollup>();
  for (const row of stored) if (row) rows.set(row.platform, { ...row });
  const changed = new Set<Platform>();
  for (const record of created) {
    let row = rows.get(record.platform);
    if (!row) rows.set(record.platform, (row = { platform: record.platform, hour, posts: 0, comments: 0, trends: 0 }));
    row[ROLLUP_FIELD[record.kind]] += 1;
    changed.add(record.platform);
  }
  return [...changed].map((platform) => rows.get(platform)!);
}

/** Sums a batch's deltas into the stored health rows (several deltas for one adapter add up). */
export function addHealth(stored: (AdapterHealth | undefined)[], deltas: AdapterHealthDelta[], nowIso: string): AdapterHealth[] {
  const rows = new Map<string, AdapterHealth>();
  for (const row of stored) if (row) rows.set(row.adapter, { ...row });
  for (const delta of deltas) {
    const row = rows.get(delta.adapter) ?? { adapter: delta.adapter, items: 0, errors: 0, skipped: 0 };
    row.items += delta.items;
    row.errors += delta.errors;
    row.skipped += delta.skipped;
    if (delta.items > 0) row.lastCaptureAt = nowIso;
    if (delta.lastError) row.lastError = delta.lastError;
    rows.set(delta.adapter, row);
  }
  return [...rows.values()];
}
