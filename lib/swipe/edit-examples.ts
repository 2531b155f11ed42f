// Bulk edits from the library: tag, move to a board, set stance/brand/note, delete. Each is one
// transaction; ids that no longer exist are skipped and not counted.
import type { EarshotDb } from '../db';
import { withoutUndefined } from '../merge';
import type { UpdateExamplesMessage } from '../messages';
import { termsOfExample } from './build-example';
import type { SavedExample } from './types';

type Change = Pick<UpdateExamplesMessage, 'set' | 'addTags' | 'removeTags'>;

const sameTag = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export function applyChange(example: SavedExample, change: Change, nowIso: string): SavedExample {
  const next: SavedExample = { ...example };
  for (const [key, value] of Object.entries(change.set ?? {}) as [keyof NonNullable<Change['set']>, string | null | undefined][]) {
    if (value === undefined) continue;
    // null or an empty text clears the field (absent, never "").
    (next as unknown as Record<string, unknown>)[key] = value === null || value.trim() === '' ? undefined : value.trim();
  }
  const removed = change.removeTags ?? [];
  const tags = example.tags.filter((tag) => !removed.some((drop) => sameTag(tag, drop)));
  for (const tag of change.addTags ?? []) if (tag.trim() && !tags.some((have) => sameTag(have, tag))) tags.push(tag.trim());
  next.tags = tags;
  next.updatedAt = nowIso;
  const cleaned = withoutUndefined(next);
  return { ...cleaned, searchTerms: termsOfExample(cleaned) };
}

export async function updateExamples(db: EarshotDb, ids: readonly string[], change: Change, now: Date): Promise<number> {
  return db.transaction('rw', db.examples, async () => {
    const found = (await db.examples.bulkGet([...ids])).filter((example): example is SavedExample => Boolean(example));
    await db.examples.bulkPut(found.map((example) => applyChange(example, change, now.toISOString())));
    return found.length;
  });
}

/** Removes the examples and their pictures; the captured records stay (they belong to the capture log). */
export async function deleteExamples(db: EarshotDb, ids: readonly string[]): Promise<number> {
  return db.transaction('rw', db.examples, db.exampleImages, async () => {
    const existing = await db.examples.where('id').anyOf([...ids]).primaryKeys();
    await db.examples.bulkDelete(existing);
    await db.exampleImages.bulkDelete(existing);
    return existing.length;
  });
}
