// The library's reads against a real (fake-indexeddb) Dexie: index search agrees with the in-memory rule.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type EarshotDb, type StoredPost } from '../../lib/db';
import { filterExamples } from '../../lib/swipe/filter';
import { savedExample } from '../../lib/swipe/test-examples';
import { readExamples, readLibrary, searchExampleIds } from './queries';

let db: EarshotDb;
beforeEach(() => {
  db = openDb(`library-queries-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

const examples = [
  savedExample({ id: 'ex:weibo:1', recordId: 'weibo:1', text: '元气森林双十一限定白桃味上线，转发抽奖', tags: ['抽奖'], board: '竞品A / 双十一' }),
  savedExample({ id: 'ex:x:2', recordId: 'x:2', platform: 'x', text: 'Limited Q4 barista edition drops Friday', tags: ['launch'], brand: 'Oatly',
    author: { id: 'x:9', platform: 'x', name: 'Oatly', handle: 'oatly' } }),
  savedExample({ id: 'ex:xiaohongshu:3', recordId: 'xiaohongshu:3', platform: 'xiaohongshu', text: '秋冬第一杯｜桂花乌龙拿铁 barista 推荐', note: '限定款' }),
];

describe('searchExampleIds', () => {
  it('finds Chinese and English through the searchTerms index, as filterExamples would', async () => {
    await db.examples.bulkPut(examples);
    const queries = ['白桃', '双十一限定', '限定', 'barista', 'BARISTA edition', 'baris', 'oatly', '抽奖', '桂花 barista', '白桃 barista', '咖啡', 'q4', '秋'];
    for (const query of queries) {
      const viaIndex = [...((await searchExampleIds(db, query)) ?? [])].sort();
      const inMemory = filterExamples(examples, { query }).map((example) => example.id).sort();
      expect(viaIndex, query).toEqual(inMemory);
    }
    expect([...(await searchExampleIds(db, '双十一'))!]).toEqual(['ex:weibo:1']);
    expect([...(await searchExampleIds(db, 'barista'))!].sort()).toEqual(['ex:x:2', 'ex:xiaohongshu:3']);
    expect((await searchExampleIds(db, '咖啡'))!.size).toBe(0);
  });
  it('narrows nothing for a query without words', async () => {
    expect(await searchExampleIds(db, '  ，。!')).toBeUndefined();
  });
});

describe('readLibrary and readExamples', () => {
  it('pairs examples with their current records and keeps the asked order', async () => {
    await db.examples.bulkPut(examples);
    const post = { id: 'weibo:1', metrics: { likes: 9 } } as unknown as StoredPost;
    await db.posts.put(post);
    const library = await readLibrary(db);
    expect(library.examples).toHaveLength(3);
    expect(library.records.get('weibo:1')?.metrics).toEqual({ likes: 9 });
    expect(library.records.has('x:2')).toBe(false);
    const some = await readExamples(db, ['ex:xiaohongshu:3', 'ex:gone', 'ex:weibo:1']);
    expect(some.examples.map((example) => example.id)).toEqual(['ex:xiaohongshu:3', 'ex:weibo:1']);
  });
});
