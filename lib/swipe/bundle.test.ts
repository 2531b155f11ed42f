// Export → file → import round trip, and refusal of malformed or partial bundles with nothing changed.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDb, type EarshotDb } from '../db';
import { firstSeen } from '../merge';
import { CAPTURED_AT, weiboComment, weiboPost, xPost } from '../test-records';
import { exampleFrom } from './build-example';
import { exportBundle } from './bundle-export';
import { importBundle } from './bundle-import';
import { validateBundle } from './bundle-validate';
import { expectStatsMatchRecount } from '../stats-store.test-helper';
import { testPng } from './test-png';
import type { ExampleBundle } from './types';

const NOW = new Date('2024-06-20T00:00:00.000Z');
const PAGE = 'https://weibo.com/1669879400/HyTZc60ew';
let source: EarshotDb;
let target: EarshotDb;

async function libraryWithTwoExamples(db: EarshotDb) {
  const post = { ...firstSeen(weiboPost(), PAGE, CAPTURED_AT), historyStarted: true, watchIds: ['w-mine'] };
  const comment = firstSeen(weiboComment(), PAGE, CAPTURED_AT);
  await db.posts.bulkPut([post, firstSeen(xPost(), 'https://x.com/home', CAPTURED_AT)]);
  await db.comments.put(comment);
  await db.snapshots.bulkPut([{ postId: post.id, at: CAPTURED_AT, metrics: { likes: 1 } }, { postId: post.id, at: NOW.toISOString(), metrics: { likes: 5 } }]);
  const png = testPng(120, 80, 0x33);
  const withImage = { ...exampleFrom(post, { board: 'A / Q4', tags: ['新品', 'video'], note: '文案' }, CAPTURED_AT), image: { width: 120, height: 80, mime: 'image/png' as const, cropped: true, bytes: png.byteLength } };
  await db.examples.bulkPut([withImage, exampleFrom(comment, { stance: 'competitor' }, CAPTURED_AT)]);
  await db.exampleImages.put({ exampleId: withImage.id, mime: 'image/png', bytes: png });
}

async function dump(db: EarshotDb) {
  const tables = ['examples', 'exampleImages', 'posts', 'comments', 'snapshots'] as const;
  const out: Record<string, unknown[]> = {};
  for (const table of tables) {
    out[table] = (await db.table(table).toArray()).map((row) => (row.bytes ? { ...row, bytes: Buffer.from(row.bytes).toString('hex') } : row));
  }
  return out;
}

/** What a download and a file input do to it. */
const throughFile = (bundle: ExampleBundle) => JSON.parse(JSON.stringify(bundle)) as ExampleBundle;

beforeEach(async () => {
  source = openDb(`bundle-src-${crypto.randomUUID()}`);
  target = openDb(`bundle-dst-${crypto.randomUUID()}`);
  await libraryWithTwoExamples(source);
});
afterEach(() => {
  source.close();
  target.close();
});

describe('export → import round trip', () => {
  it('reproduces examples, records, history and pictures (byte for byte) in a fresh profile', async () => {
    const bundle = throughFile(await exportBundle(source, NOW));
    expect(bundle).toMatchObject({ format: 'earshot-swipe-file', version: 1, exportedAt: NOW.toISOString() });
    expect(bundle.examples).toHaveLength(2);
    expect(bundle.records).toHaveLength(2); // the x post is captured but not saved: not exported
    const checked = validateBundle(bundle);
    if (!checked.ok) throw new Error(checked.error);
    expect(await importBundle(target, checked.bundle)).toEqual({ examples: 2, records: 2 });
    const before = await dump(source);
    const after = await dump(target);
    expect(after.examples).toEqual(before.examples);
    expect(after.exampleImages).toEqual(before.exampleImages);
    expect(after.snapshots).toEqual(before.snapshots);
    expect(after.comments).toEqual(before.comments);
    // The exporter's watch ids mean nothing here; everything else of the row is kept, and postedAt derived.
    const { watchIds: _mine, ...postWithoutWatches } = (await source.posts.get('weibo:4383183661430868'))!;
    expect(after.posts).toEqual([{ ...postWithoutWatches, postedAt: '2019-06-14T04:02:11.000Z' }]);
  });

  it('counts the imported records in the stats, once, also over rows the library already had', async () => {
    const bundle = throughFile(await exportBundle(source, NOW));
    (bundle.records[0] as { postedAt?: string }).postedAt = '1999-01-01T00:00:00.000Z';
    const checked = validateBundle(bundle);
    if (!checked.ok) throw new Error(checked.error);
    await importBundle(target, checked.bundle);
    expect((await target.posts.get('weibo:4383183661430868'))!.postedAt).toBe('2019-06-14T04:02:11.000Z');
    expect(await target.stats.get(['', 'all', 'weibo'])).toMatchObject({ posts: 1, comments: 1, places: { 河北: 1 } });
    const newer = throughFile(bundle);
    for (const record of newer.records as { lastSeenAt: string }[]) record.lastSeenAt = NOW.toISOString();
    const again = validateBundle(newer);
    if (!again.ok) throw new Error(again.error);
    expect((await importBundle(target, again.bundle)).records).toBe(2);
    expect(await target.stats.get(['', 'all', 'weibo'])).toMatchObject({ posts: 1, comments: 1 });
    await expectStatsMatchRecount(target);
  });

  it('exports only the chosen examples', async () => {
    const bundle = await exportBundle(source, NOW, ['ex:weibo:5045261712492108', 'ex:nope']);
    expect(bundle.examples.map((example) => example.id)).toEqual(['ex:weibo:5045261712492108']);
    expect(bundle.images).toEqual([]);
    expect(bundle.snapshots).toEqual([]);
  });

  it('keeps the newer side when the library already has the same example', async () => {
    const bundle = throughFile(await exportBundle(source, NOW));
    const checked = validateBundle(bundle);
    if (!checked.ok) throw new Error(checked.error);
    await target.examples.put({ ...bundle.examples[1]!, note: 'mine, newer', updatedAt: NOW.toISOString() });
    expect((await importBundle(target, checked.bundle)).examples).toBe(1);
    expect((await target.examples.get(bundle.examples[1]!.id))!.note).toBe('mine, newer');
  });
});

describe('malformed or partial bundles', () => {
  let good: ExampleBundle;
  beforeEach(async () => {
    good = throughFile(await exportBundle(source, NOW));
    // The importing user already has a library of their own.
    await target.posts.put(firstSeen(xPost(), 'https://x.com/home', CAPTURED_AT));
    await target.examples.put(exampleFrom((await target.posts.get('x:1682059498417917952'))!, { tags: ['own'] }, CAPTURED_AT));
  });

  const broken: [string, (bundle: ExampleBundle) => unknown, RegExp][] = [
    ['not an object', () => 'hello', /bundle must be an object/],
    ['another format', (b) => ({ ...b, format: 'zeeschuimer' }), /format must be "earshot-swipe-file"/],
    ['a newer version', (b) => ({ ...b, version: 2 }), /version 2 is not supported/],
    ['a wrong field deep inside', (b) => { (b.examples[1]!.author as { name: unknown }).name = 42; return b; }, /examples\[1\]\.author\.name must be a string/],
    ['a negative count', (b) => { b.examples[0]!.metricsAtSave.likes = -1; return b; }, /examples\[0\]\.metricsAtSave\.likes must be a non-negative integer/],
    ['a missing picture', (b) => ({ ...b, images: [] }), /examples\[0\] has a picture that is missing from the file \(partial bundle\)/],
    ['a missing record', (b) => ({ ...b, records: b.records.slice(1) }), /whose record is missing from the file \(partial bundle\)/],
    ['a truncated picture', (b) => { b.images[0]!.base64 = b.images[0]!.base64.slice(0, 40); return b; }, /does not match its picture .* damaged/],
    ['broken base64', (b) => { b.images[0]!.base64 = '@@@@'; return b; }, /images\[0\]\.base64 is not valid base64/],
    ['an unknown field', (b) => ({ ...b, extra: 1 }), /extra is not a known field/],
    ['a record that is a trend', (b) => { (b.records[0] as { kind: string }).kind = 'trend'; return b; }, /records\[0\]/],
  ];

  it.each(broken)('refuses %s with a clear error and changes nothing', async (_name, breakIt, message) => {
    const before = await dump(target);
    const checked = validateBundle(breakIt(throughFile(good)));
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.error).toMatch(message);
    if (!checked.ok) expect(checked.error).toMatch(/nothing was imported$/);
    expect(await dump(target)).toEqual(before);
  });

  it('writes nothing at all when storing fails halfway (one transaction)', async () => {
    const checked = validateBundle(good);
    if (!checked.ok) throw new Error(checked.error);
    const before = await dump(target);
    vi.spyOn(target.snapshots, 'bulkPut').mockRejectedValueOnce(new Error('QuotaExceededError'));
    await expect(importBundle(target, checked.bundle)).rejects.toThrow('QuotaExceededError');
    expect(await dump(target)).toEqual(before);
  });
});
