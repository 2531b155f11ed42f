// Imports a checked bundle in one transaction: it lands whole or not at all. Where the library already
// has the same example or record, the newer one wins (updatedAt / lastSeenAt); nothing else is touched.
import type { EarshotDb, StoredComment, StoredPost } from '../db';
import { termsOfExample } from './build-example';
import type { CheckedBundle } from './bundle-validate';

export interface ImportResult {
  examples: number;
  records: number;
}

const newer = (incoming: string, stored: string | undefined) => !stored || Date.parse(incoming) > Date.parse(stored);

export async function importBundle(db: EarshotDb, bundle: CheckedBundle): Promise<ImportResult> {
  return db.transaction('rw', [db.examples, db.exampleImages, db.posts, db.comments, db.snapshots], async () => {
    const ids = bundle.examples.map((example) => example.id);
    const stored = await db.examples.bulkGet(ids);
    // The search index is ours: rebuilt here, never taken from the file.
    const examples = bundle.examples
      .filter((example, i) => newer(example.updatedAt, stored[i]?.updatedAt))
      .map((example) => ({ ...example, searchTerms: termsOfExample(example) }));
    const taken = new Set(examples.map((example) => example.id));
    await db.examples.bulkPut(examples);
    await db.exampleImages.bulkDelete(examples.filter((example) => !example.image).map((example) => example.id));
    await db.exampleImages.bulkPut(bundle.images.filter((image) => taken.has(image.exampleId)));
    let records = 0;
    for (const kind of ['post', 'comment'] as const) {
      const table = kind === 'post' ? db.posts : db.comments;
      const rows = bundle.records.filter((record) => record.kind === kind);
      const current = await table.bulkGet(rows.map((row) => row.id));
      const fresher = rows.filter((row, i) => newer(row.lastSeenAt, current[i]?.lastSeenAt));
      await (table as typeof db.posts).bulkPut(fresher as StoredPost[] & StoredComment[]);
      records += fresher.length;
    }
    await db.snapshots.bulkPut(bundle.snapshots);
    return { examples: examples.length, records };
  });
}
