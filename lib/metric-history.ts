// A post's counts over time. Ingest writes snapshot rows only once the counts change, so a post
// seen with one set of counts has its history in its own row.
import Dexie from 'dexie';
import type { EarshotDb, MetricSnapshot, StoredPost } from './db';

export async function readMetricHistory(db: EarshotDb, post: StoredPost): Promise<MetricSnapshot[]> {
  const rows = await db.snapshots.where('[postId+at]').between([post.id, Dexie.minKey], [post.id, Dexie.maxKey]).toArray();
  if (rows.length > 0) return rows;
  return Object.keys(post.metrics).length > 0 ? [{ postId: post.id, at: post.capturedAt, metrics: post.metrics }] : [];
}
