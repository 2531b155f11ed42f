import Dexie, { type Table } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { forgetKnownIds, getExisting } from './get-existing';

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

  it('skips the lookups when none of the ids is stored', async () => {
    const bulkGet = vi.spyOn(table, 'bulkGet');
    expect(await getExisting(table, ['weibo:3', 'weibo:31'])).toEqual([undefined, undefined]);
    expect(bulkGet).not.toHaveBeenCalled();
  });

  it('reads ids it handed out as new once they were stored, without rescanning the table', async () => {
    await getExisting(table, ['weibo:9']);
    await table.put({ id: 'weibo:9', n: 9 });
    const bulkGet = vi.spyOn(table, 'bulkGet');
    const scan = vi.spyOn(table, 'toCollection');
    expect(await getExisting(table, ['weibo:9', 'weibo:10'])).toEqual([{ id: 'weibo:9', n: 9 }, undefined]);
    expect(bulkGet).toHaveBeenCalledWith(['weibo:9']);
    expect(scan).not.toHaveBeenCalled();
  });

  it('sees rows deleted behind its back again only after forgetKnownIds', async () => {
    await getExisting(table, ['weibo:2']);
    await table.clear();
    await table.put({ id: 'weibo:77', n: 77 });
    expect(await getExisting(table, ['weibo:77'])).toEqual([undefined]);
    forgetKnownIds(table);
    expect(await getExisting(table, ['weibo:77'])).toEqual([{ id: 'weibo:77', n: 77 }]);
  });

  it('handles an empty id list', async () => {
    expect(await getExisting(table, [])).toEqual([]);
  });
});
