import Dexie, { type Table } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getExisting } from './get-existing';

interface Row { id: string; n: number }
let db: Dexie;
let table: Table<Row, string>;

beforeEach(async () => {
  db = new Dexie(`get-existing-${crypto.randomUUID()}`);
  db.version(1).stores({ rows: 'id' });
  table = db.table('rows');
  await table.bulkPut([{ id: 'weibo:2', n: 2 }, { id: 'weibo:4', n: 4 }, { id: 'weibo:6', n: 6 }, { id: 'x:1', n: 1 }]);
});
afterEach(() => db.close());

describe('getExisting', () => {
  it('returns stored rows aligned with the ids, undefined for new ones', async () => {
    expect(await getExisting(table, ['weibo:4', 'weibo:5', 'x:1', 'weibo:1'])).toEqual([{ id: 'weibo:4', n: 4 }, undefined, { id: 'x:1', n: 1 }, undefined]);
  });

  it('skips the lookups when nothing in the range exists', async () => {
    const bulkGet = vi.spyOn(table, 'bulkGet');
    expect(await getExisting(table, ['weibo:3', 'weibo:31'])).toEqual([undefined, undefined]);
    expect(bulkGet).not.toHaveBeenCalled();
  });

  it('falls back to plain lookups for a dense key range, with the same answer', async () => {
    const bulkGet = vi.spyOn(table, 'bulkGet');
    const ids = ['weibo:1', 'x:1'];
    const dense = await getExisting(table, ids, 2);
    expect(bulkGet).toHaveBeenCalledWith(ids);
    expect(dense).toEqual([undefined, { id: 'x:1', n: 1 }]);
  });

  it('handles an empty id list', async () => {
    expect(await getExisting(table, [])).toEqual([]);
  });
});
