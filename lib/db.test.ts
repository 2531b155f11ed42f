import { afterEach, describe, expect, it } from 'vitest';
import { openDb, SCHEMA_V1, type EarshotDb } from './db';

let db: EarshotDb | undefined;
afterEach(() => db?.close());

describe('Dexie schema v1', () => {
  it('opens with every table, key and index of the spine', async () => {
    db = openDb(`schema-${crypto.randomUUID()}`);
    await db.open();
    expect(db.verno).toBe(1);
    expect(db.tables.map((table) => table.name).sort()).toEqual(Object.keys(SCHEMA_V1).sort());
    const schema = (name: string) => db!.table(name).schema;
    expect(schema('posts').primKey.keyPath).toBe('id');
    expect(Object.keys(schema('posts').idxByName)).toEqual(['seenOn']);
    expect(schema('posts').idxByName['seenOn'].multi).toBe(true);
    expect(Object.keys(schema('comments').idxByName)).toEqual(['postId', 'seenOn']);
    expect(schema('snapshots').primKey.keyPath).toEqual(['postId', 'at']);
    expect(schema('rollups').primKey.keyPath).toEqual(['platform', 'hour']);
    expect(schema('batches').idxByName['at']).toBeDefined();
  });

  it('keeps data across a reopen', async () => {
    const name = `schema-${crypto.randomUUID()}`;
    db = openDb(name);
    await db.health.put({ adapter: 'weibo', items: 3, errors: 0, skipped: 1 });
    db.close();
    db = openDb(name);
    expect(await db.health.get('weibo')).toEqual({ adapter: 'weibo', items: 3, errors: 0, skipped: 1 });
  });
});
