// Picking records out of an adapter's result in tests; not shipped.
import type { CapturedRecord, Comment, Post, Trend } from '../model';

export const posts = (records: readonly CapturedRecord[]) => records.filter((r): r is Post => r.kind === 'post');
export const comments = (records: readonly CapturedRecord[]) => records.filter((r): r is Comment => r.kind === 'comment');
export const trends = (records: readonly CapturedRecord[]) => records.filter((r): r is Trend => r.kind === 'trend');

/** The record with `id`; a missing one fails the test with its id. */
export function byId<T extends CapturedRecord>(records: readonly T[], id: string): T {
  const found = records.find((r) => r.id === id);
  if (!found) throw new Error(`no record ${id}`);
  return found;
}
