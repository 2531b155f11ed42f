// Reads the stored rows for a batch's ids. Most of a batch is usually new, and one get per missing key
// costs as much as a put, so first ask for the keys that exist in the batch's key range: a single
// getAllKeys request, bounded so a dense range falls back to plain lookups.
import type { Table } from 'dexie';

export async function getExisting<T, K extends string>(table: Table<T, K, any>, ids: readonly K[], maxKeys = ids.length * 2 + 16): Promise<(T | undefined)[]> {
  if (ids.length === 0) return [];
  // String keys compare by UTF-16 code units in IndexedDB, as in Array.prototype.sort.
  const sorted = [...ids].sort();
  const keys = await table.where(':id').between(sorted[0], sorted[sorted.length - 1], true, true).limit(maxKeys).primaryKeys();
  if (keys.length >= maxKeys) return table.bulkGet([...ids]);
  const stored = new Set<string>(keys as string[]);
  const wanted = ids.filter((id) => stored.has(id));
  if (wanted.length === 0) return ids.map(() => undefined);
  const rows = await table.bulkGet(wanted);
  const byId = new Map<string, T | undefined>(wanted.map((id, index) => [id, rows[index]]));
  return ids.map((id) => byId.get(id));
}
