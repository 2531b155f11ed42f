// Keeps the analytics rollup (table `stats`) in step with posts and comments. Writers pass the rows they
// replace and write (lib/analytics/stats-contribution.ts computes the delta in memory); this adds it to
// the stored rows with one bulkGet and one bulkPut, inside the writer's transaction, so the rollup and
// the records can never disagree. `rebuildStats` recounts from scratch (the v5 upgrade, tests).
import Dexie, { type Table, type Transaction } from 'dexie';
import type { EarshotDb, StoredComment, StoredPost } from './db';
import { addValues, rowKeys, rowValues, statsDelta, statsKeyString, type CountedRow, type RowChange } from './analytics/stats-contribution';
import { emptyStatsValues, type StatsKey, type StatsRow } from './analytics/stats-types';

/** A database or an open transaction (the upgrade has only the latter). */
export interface TableSource { table(name: string): Table<any, any, any> }

const statsTable = (source: TableSource): Table<StatsRow, StatsKey> => source.table('stats');
const newRow = ([scope, hour, platform]: StatsKey): StatsRow => ({ scope, hour, platform, ...emptyStatsValues() });

// Rate sums are floats: adding and taking away the same rates can leave ±1e-17 behind. With no post
// left under a basis the sum is exactly 0, and no sum goes below 0.
function settle(row: StatsRow): void {
  if (row.rateByViewsPosts <= 0 || row.rateByViewsSum < 0) row.rateByViewsSum = 0;
  if (row.rateByFollowersPosts <= 0 || row.rateByFollowersSum < 0) row.rateByFollowersSum = 0;
}

/** Applies the rollup change of `changes` (rows replaced → rows written). Call inside a transaction that includes `stats`. */
export async function applyStatsChanges(source: TableSource, changes: readonly RowChange[]): Promise<void> {
  const delta = [...statsDelta(changes).values()];
  if (delta.length === 0) return;
  const stats = statsTable(source);
  const stored = await stats.bulkGet(delta.map(({ key }) => key));
  const puts: StatsRow[] = [];
  const deletes: StatsKey[] = [];
  delta.forEach(({ key, values }, index) => {
    const previous = stored[index];
    const row = previous ? { ...previous, ...(previous.places && { places: { ...previous.places } }) } : newRow(key);
    addValues(row, values, 1);
    settle(row);
    if (row.posts <= 0 && row.comments <= 0) {
      if (previous) deletes.push(key);
    } else puts.push(row);
  });
  const writes: Promise<unknown>[] = [];
  if (puts.length) writes.push(stats.bulkPut(puts));
  if (deletes.length) writes.push(stats.bulkDelete(deletes));
  await Promise.all(writes);
}

/** Rollup rows being counted in memory, by key. */
export type StatsTally = Map<string, StatsRow>;

/** Counts one row into `tally` (a full recount: every row once). */
export function tallyRow(tally: StatsTally, row: CountedRow): void {
  const values = rowValues(row);
  for (const key of rowKeys(row)) {
    const id = statsKeyString(key);
    let stats = tally.get(id);
    if (!stats) tally.set(id, (stats = newRow(key)));
    addValues(stats, values, 1);
  }
}

/** Replaces the stats table with `tally`. */
export async function writeTally(source: TableSource, tally: StatsTally): Promise<void> {
  const stats = statsTable(source);
  await stats.clear();
  await stats.bulkPut([...tally.values()]);
}

async function recount(source: TableSource): Promise<void> {
  const tally: StatsTally = new Map();
  // Cursors, not toArray: a large database is never held in memory at once, only its (small) rollup.
  await source.table('posts').each((row: StoredPost) => tallyRow(tally, row));
  await source.table('comments').each((row: StoredComment) => tallyRow(tally, row));
  await writeTally(source, tally);
}

/** Clears the rollup and recounts it from every stored post and comment, in one transaction. */
export function rebuildStats(source: EarshotDb | Transaction): Promise<void> {
  if (source instanceof Dexie) return source.transaction('rw', ['posts', 'comments', 'stats'], () => recount(source));
  return recount(source);
}
