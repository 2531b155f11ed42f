// The user's sentiment corrections: written on the row (so effectiveSentiment sees them wherever the row
// is shown or counted) and in the `corrections` table (the labelled-data log the export reads).
import type { Table } from 'dexie';
import type { CorrectionRow, EarshotDb, StoredComment, StoredPost } from './db';
import { textToScore, type SentimentLabel } from './sentiment-store';

export type CorrectionOutcome = { ok: true } | { ok: false; error: string };

/** Sets (label) or removes (null) the correction of one post or comment. */
export function setCorrection(db: EarshotDb, recordId: string, label: SentimentLabel | null, now = new Date()): Promise<CorrectionOutcome> {
  return db.transaction('rw', [db.posts, db.comments, db.corrections], async () => {
    const post = await db.posts.get(recordId);
    const row: StoredPost | StoredComment | undefined = post ?? (await db.comments.get(recordId));
    if (!row) return { ok: false, error: `no stored post or comment with id ${JSON.stringify(recordId.slice(0, 120))}` };
    const table: Table<StoredPost | StoredComment, string> = db.table(post ? 'posts' : 'comments');
    if (label === null) {
      delete row.sentimentCorrection;
      await Promise.all([table.put(row), db.corrections.delete(recordId)]);
      return { ok: true };
    }
    const at = now.toISOString();
    row.sentimentCorrection = { label, at };
    const logged: CorrectionRow = { recordId, kind: row.kind, platform: row.platform, label, at, text: textToScore(row) };
    await Promise.all([table.put(row), db.corrections.put(logged)]);
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

// A spreadsheet runs a cell that starts with = + - @ as a formula; a leading apostrophe keeps it text.
// NDJSON is the lossless format; CSV is for opening in a spreadsheet.
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Corrections as labelled data, oldest first: one JSON object per line, or CSV with a header row. */
export function correctionsToLabelled(rows: readonly CorrectionRow[], format: LabelledFormat = 'ndjson'): string {
  const examples: LabelledExample[] = [...rows]
    .sort((a, b) => a.at.localeCompare(b.at) || a.recordId.localeCompare(b.recordId))
    .map((row) => ({ text: row.text, label: row.label, platform: row.platform, id: row.recordId, correctedAt: row.at }));
  if (format === 'ndjson') return examples.map((example) => `${JSON.stringify(example)}\n`).join('');
  const lines = [CSV_COLUMNS.join(','), ...examples.map((example) => CSV_COLUMNS.map((column) => csvCell(example[column])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

/** Everything the user corrected, ready to download. Pages may call it on their own Dexie instance. */
export async function exportCorrections(db: EarshotDb, format: LabelledFormat = 'ndjson'): Promise<string> {
  return correctionsToLabelled(await db.corrections.toArray(), format);
}
