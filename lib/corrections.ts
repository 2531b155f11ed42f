// The user's sentiment corrections: written on the row (so effectiveSentiment sees them wherever the row
// is shown or counted, and moved in the `stats` rollup in the same transaction) and in the `corrections`
// table (the labelled-data log the export reads).
import type { Table } from 'dexie';
import { toCsv } from './csv';
import type { CorrectionRow, EarshotDb, StoredComment, StoredPost } from './db';
import { textToScore, type SentimentLabel } from './sentiment-store';
import { applyStatsChanges } from './stats-store';

export type CorrectionOutcome = { ok: true } | { ok: false; error: string };

/** Sets (label) or removes (null) the correction of one post or comment. */
export function setCorrection(db: EarshotDb, recordId: string, label: SentimentLabel | null, now = new Date()): Promise<CorrectionOutcome> {
  return db.transaction('rw', [db.posts, db.comments, db.corrections, db.stats], async () => {
    const post = await db.posts.get(recordId);
    const before: StoredPost | StoredComment | undefined = post ?? (await db.comments.get(recordId));
    if (!before) return { ok: false, error: `no stored post or comment with id ${JSON.stringify(recordId.slice(0, 120))}` };
    const table: Table<StoredPost | StoredComment, string> = db.table(post ? 'posts' : 'comments');
    const row = { ...before };
    if (label === null) {
      delete row.sentimentCorrection;
      await Promise.all([table.put(row), db.corrections.delete(recordId), applyStatsChanges(db, [{ before, after: row }])]);
      return { ok: true };
    }
    const at = now.toISOString();
    row.sentimentCorrection = { label, at };
    const logged: CorrectionRow = { recordId, kind: row.kind, platform: row.platform, label, at, text: textToScore(row) };
    await Promise.all([table.put(row), db.corrections.put(logged), applyStatsChanges(db, [{ before, after: row }])]);
    return { ok: true };
  });
}

export interface LabelledExample {
  text: string;
  label: SentimentLabel;
  platform: string;
  id: string;
  correctedAt: string;
}

export type LabelledFormat = 'ndjson' | 'csv';
const CSV_COLUMNS: (keyof LabelledExample)[] = ['text', 'label', 'platform', 'id', 'correctedAt'];

/**
 * Corrections as labelled data, oldest first: one JSON object per line (the lossless format), or CSV with
 * a header row for a spreadsheet (lib/csv.ts: a BOM so Excel reads Chinese, formula-looking text kept as text).
 */
export function correctionsToLabelled(rows: readonly CorrectionRow[], format: LabelledFormat = 'ndjson'): string {
  const examples: LabelledExample[] = [...rows]
    .sort((a, b) => a.at.localeCompare(b.at) || a.recordId.localeCompare(b.recordId))
    .map((row) => ({ text: row.text, label: row.label, platform: row.platform, id: row.recordId, correctedAt: row.at }));
  if (format === 'ndjson') return examples.map((example) => `${JSON.stringify(example)}\n`).join('');
  return toCsv(CSV_COLUMNS, examples.map((example) => CSV_COLUMNS.map((column) => example[column])));
}

/** Everything the user corrected, ready to download. Pages may call it on their own Dexie instance. */
export async function exportCorrections(db: EarshotDb, format: LabelledFormat = 'ndjson'): Promise<string> {
  return correctionsToLabelled(await db.corrections.toArray(), format);
}
