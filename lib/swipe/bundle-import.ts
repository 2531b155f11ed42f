// Imports a checked bundle in one transaction: it lands whole or not at all. Where the library already
// has the same example or record, the newer one wins (updatedAt / lastSeenAt); nothing else is touched
// but the analytics stats, which count the records written.
import { recordTime } from '../analytics/record-time';
import type { RowChange } from '../analytics/stats-contribution';
import type { EarshotDb, StoredComment, StoredPost } from '../db';
import { applyStatsChanges } from '../stats-store';
import { termsOfExample } from './build-example';
import type { CheckedBundle } from './bundle-validate';

export interface ImportResult {
  examples: number;
  records: number;
}

const newer = (incoming: string, stored: string | undefined) => !stored || Date.parse(incoming) > Date.parse(stored);

export async function importBundle(db: EarshotDb, bundle: CheckedBundle): Promise<ImportResult> {
  return db.transaction('rw', [db.examples, db.exampleImages, db.posts, db.comments, db.snapshots, db.stats], async () => {
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
    const changes: RowChange[] = [];
    for (const kind of ['post', 'comment'] as const) {
      const table = kind === 'post' ? db.posts : db.comments;
      // One row per id (a hand-edited file may repeat one): the stats count each stored row once.
      const rows = [...new Map(bundle.records.filter((record) => record.kind === kind).map((record) => [record.id, record])).values()];
      const current = await table.bulkGet(rows.map((row) => row.id));
      rows.forEach((row, i) => {
        if (!newer(row.lastSeenAt, current[i]?.lastSeenAt)) return;
        changes.push({ before: current[i], after: row.kind === 'post' ? { ...row, postedAt: recordTime(row) } : row });
      });
      const fresher = changes.filter(({ after }) => after!.kind === kind).map(({ after }) => after);
      await (table as typeof db.posts).bulkPut(fresher as StoredPost[] & StoredComment[]);
    }
    await applyStatsChanges(db, changes);
    const records = changes.length;
    await db.snapshots.bulkPut(bundle.snapshots);
    return { examples: examples.length, records };
  });
}
