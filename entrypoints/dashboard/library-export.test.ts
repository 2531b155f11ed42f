import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type EarshotDb, type StoredPost } from '../../lib/db';
import { savedExample } from '../../lib/swipe/test-examples';
import { exportFile } from './library-export';

let db: EarshotDb;
beforeEach(() => {
  db = openDb(`library-export-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('exportFile', () => {
  const weibo = savedExample({ id: 'ex:weibo:1', recordId: 'weibo:1', text: '白桃' });
  const x = savedExample({ id: 'ex:x:2', recordId: 'x:2', platform: 'x', text: 'barista' });
  const now = new Date('2026-11-26T00:00:00Z');
  beforeEach(async () => {
    await db.examples.bulkPut([weibo, x]);
    await db.posts.put({ id: 'x:2', metrics: { likes: 5 } } as unknown as StoredPost);
  });
  it('writes CSV rows in the order shown', async () => {
    const file = await exportFile(db, 'csv', ['ex:x:2', 'ex:weibo:1'], now, 'UA');
    const rows = file.text.split('\r\n');
    expect(rows[1]!.startsWith('ex:x:2,')).toBe(true);
    expect(rows[2]!.startsWith('ex:weibo:1,')).toBe(true);
    expect(file).toMatchObject({ mime: 'text/csv;charset=utf-8', written: 2, skipped: 0 });
  });
  it('writes NDJSON for 4CAT platforms only and refuses a file with none', async () => {
    const file = await exportFile(db, 'ndjson', ['ex:x:2', 'ex:weibo:1'], now, 'UA');
    expect(file).toMatchObject({ written: 1, skipped: 1 });
    expect(JSON.parse(file.text.trim()).source_platform).toBe('twitter.com');
    await expect(exportFile(db, 'ndjson', ['ex:weibo:1'], now, 'UA')).rejects.toThrow(/none of these examples.*X/);
  });
  it('writes the listed examples as a bundle', async () => {
    const file = await exportFile(db, 'bundle', ['ex:weibo:1'], now, 'UA');
    const bundle = JSON.parse(file.text);
    expect(bundle.examples.map((example: { id: string }) => example.id)).toEqual(['ex:weibo:1']);
    expect(file.written).toBe(1);
  });
});
