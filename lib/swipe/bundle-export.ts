// The lossless export: examples, their pictures (base64), and the records and metric history they
// show, so growth keeps working after another user imports it.
import Dexie from 'dexie';
import type { EarshotDb, MetricSnapshot, StoredComment, StoredPost } from '../db';
import { bytesToBase64 } from './image-bytes';
import type { ExampleBundle, SavedExample } from './types';

export const BUNDLE_FORMAT = 'earshot-swipe-file';

/** All examples, or the listed ones (ids that do not exist are skipped). Ordered by id: stable output. */
export async function exportBundle(db: EarshotDb, now: Date, ids?: readonly string[]): Promise<ExampleBundle> {
  return db.transaction('r', [db.examples, db.exampleImages, db.posts, db.comments, db.snapshots], async () => {
    const examples = ids
      ? (await db.examples.bulkGet([...ids])).filter((example): example is SavedExample => Boolean(example)).sort((a, b) => a.id.localeCompare(b.id))
      : await db.examples.orderBy('id').toArray();
    const exampleIds = examples.map((example) => example.id);
    const recordIds = examples.map((example) => example.recordId);
    const [images, posts, comments] = await Promise.all([
      db.exampleImages.bulkGet(exampleIds),
      db.posts.bulkGet(recordIds),
      db.comments.bulkGet(recordIds),
    ]);
    const records = [...posts, ...comments].filter((row): row is StoredPost | StoredComment => Boolean(row));
    const snapshots: MetricSnapshot[] = [];
    for (const post of posts) {
      if (post) snapshots.push(...(await db.snapshots.where('[postId+at]').between([post.id, Dexie.minKey], [post.id, Dexie.maxKey]).toArray()));
    }
    return {
      format: BUNDLE_FORMAT,
      version: 1,
      exportedAt: now.toISOString(),
      examples,
      images: images.flatMap((image) => (image ? [{ exampleId: image.exampleId, mime: image.mime, base64: bytesToBase64(image.bytes) }] : [])),
      records,
      snapshots,
    };
  });
}
