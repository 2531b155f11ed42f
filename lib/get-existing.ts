// Reads the stored rows for a batch's ids. Most of a batch is usually new, and in Chromium a get for
// a missing key costs about as much as a put, so the background keeps the set of stored ids in memory
// (only the background writes IndexedDB, so the set cannot go stale) and reads only ids it knows.
// The set is loaded with one key-only scan the first time a table is ingested into after start-up.
import type { Table } from 'dexie';

const knownIdsByTable = new WeakMap<object, Promise<Set<string>>>();

function knownIds(table: Table<any, any, any>): Promise<Set<string>> {
  let known = knownIdsByTable.get(table);
  if (!known) {
    known = table.toCollection().primaryKeys().then((keys) => new Set(keys as string[]));
    // A failed load (e.g. an aborted transaction) must not stick: the next ingest tries again.
    known.catch(() => knownIdsByTable.delete(table));
    knownIdsByTable.set(table, known);
  }
  return known;
}

/** After rows were deleted outside ingest (e.g. the user cleared data), the in-memory set must be reloaded. */
export function forgetKnownIds(table: Table<any, any, any>): void {
  knownIdsByTable.delete(table);
}

export async function getExisting<T, K extends string>(table: Table<T, K, any>, ids: readonly K[]): Promise<(T | undefined)[]> {
  if (ids.length === 0) return [];
  const known = await knownIds(table);
  const wanted = ids.filter((id) => known.has(id));
  // Marked known now: if this transaction fails, a later lookup only costs one read that finds nothing.
  for (const id of ids) known.add(id);
  if (wanted.length === 0) return ids.map(() => undefined);
  const rows = await table.bulkGet(wanted);
  const byId = new Map<string, T | undefined>(wanted.map((id, index) => [id, rows[index]]));
  return ids.map((id) => byId.get(id));
}
