import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type EarshotDb } from '../db';
import { applyChange, deleteExamples, updateExamples } from './edit-examples';
import { matchesQuery, queryTerms } from './search-terms';
import { savedExample } from './test-examples';

const NOW = new Date('2024-07-01T00:00:00.000Z');
let db: EarshotDb;
const a = savedExample({ id: 'ex:weibo:1', recordId: 'weibo:1', tags: ['CNY', 'video'], board: 'Old', note: 'keep' });
const b = savedExample({ id: 'ex:weibo:2', recordId: 'weibo:2', tags: [] });

beforeEach(async () => {
  db = openDb(`edit-${crypto.randomUUID()}`);
  await db.examples.bulkPut([a, b]);
  await db.exampleImages.bulkPut([{ exampleId: a.id, mime: 'image/png', bytes: new ArrayBuffer(3) }, { exampleId: b.id, mime: 'image/png', bytes: new ArrayBuffer(3) }]);
});
afterEach(() => db.close());

describe('applyChange', () => {
  it('sets and clears fields (null or empty clears), leaving the others', () => {
    const next = applyChange(a, { set: { board: ' Competitor A / Q4 ', note: null, brand: '' } }, NOW.toISOString());
    expect(next).toMatchObject({ board: 'Competitor A / Q4', updatedAt: NOW.toISOString(), tags: ['CNY', 'video'] });
    expect('note' in next).toBe(false);
    expect('brand' in next).toBe(false);
  });

  it('adds tags without case duplicates and removes tags in any case; search follows', () => {
    const next = applyChange(a, { addTags: ['cny', 'Launch'], removeTags: ['VIDEO'] }, NOW.toISOString());
    expect(next.tags).toEqual(['CNY', 'Launch']);
    expect(matchesQuery(next.searchTerms, queryTerms('launch'))).toBe(true);
    expect(matchesQuery(next.searchTerms, queryTerms('video'))).toBe(false);
  });
});

describe('updateExamples / deleteExamples', () => {
  it('moves several examples to a board at once and counts only those that exist', async () => {
    expect(await updateExamples(db, [a.id, b.id, 'ex:weibo:404'], { set: { board: 'Q4' } }, NOW)).toBe(2);
    expect((await db.examples.toArray()).map((example) => example.board)).toEqual(['Q4', 'Q4']);
  });

  it('deletes examples with their pictures and leaves the rest', async () => {
    expect(await deleteExamples(db, [a.id, 'ex:weibo:404'])).toBe(1);
    expect(await db.examples.toCollection().primaryKeys()).toEqual([b.id]);
    expect(await db.exampleImages.toCollection().primaryKeys()).toEqual([b.id]);
  });
});
