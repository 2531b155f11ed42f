// What the library page reads. Only the background writes these tables.
import type { EarshotDb, StoredComment, StoredPost } from '../../lib/db';
import type { CurrentRecords } from '../../lib/swipe/filter';
import { queryTerms } from '../../lib/swipe/search-terms';
import type { SavedExample } from '../../lib/swipe/types';

export interface LibraryData {
  examples: SavedExample[];
  /** The stored post or comment each example shows, for its current counts; absent when deleted. */
  records: CurrentRecords;
}

export async function readLibrary(db: EarshotDb): Promise<LibraryData> {
  return withRecords(db, await db.examples.toArray());
}

/** The listed examples in the order given (unknown ids skipped), with their records. */
export async function readExamples(db: EarshotDb, ids: readonly string[]): Promise<LibraryData> {
  const rows = await db.examples.bulkGet([...ids]);
  return withRecords(db, rows.filter((row): row is SavedExample => row !== undefined));
}

async function withRecords(db: EarshotDb, examples: SavedExample[]): Promise<LibraryData> {
  const postIds = examples.filter((example) => example.kind === 'post').map((example) => example.recordId);
  const commentIds = examples.filter((example) => example.kind === 'comment').map((example) => example.recordId);
  const [posts, comments] = await Promise.all([db.posts.bulkGet(postIds), db.comments.bulkGet(commentIds)]);
  const records = new Map<string, StoredPost | StoredComment>();
  for (const row of [...posts, ...comments]) if (row) records.set(row.id, row);
  return { examples, records };
}

/**
 * Ids of the examples that hold every query term, through the `*searchTerms` index (matchesQuery's rule:
 * exact terms; the last one may also be a prefix, so results come while the user types). A prefix on a
 * CJK bigram only adds the segmenter's longer words that begin with it, whose bigram is indexed too.
 * Undefined when the query has no terms: nothing to narrow.
 */
export async function searchExampleIds(db: EarshotDb, query: string): Promise<Set<string> | undefined> {
  const terms = queryTerms(query);
  if (terms.length === 0) return undefined;
  let found: Set<string> | undefined;
  for (const [index, term] of terms.entries()) {
    const where = db.examples.where('searchTerms');
    const match = index === terms.length - 1 ? where.startsWith(term) : where.equals(term);
    const ids = new Set(await match.primaryKeys());
    found = found ? new Set([...found].filter((id) => ids.has(id))) : ids;
    if (found.size === 0) break;
  }
  return found;
}

/** The picture of one example as an object URL; the caller revokes it. */
export async function readThumbnailUrl(db: EarshotDb, exampleId: string): Promise<string | undefined> {
  const image = await db.exampleImages.get(exampleId);
  return image ? URL.createObjectURL(new Blob([image.bytes], { type: image.mime })) : undefined;
}
