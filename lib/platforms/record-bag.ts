// What one parse found: each record once (the first reading wins), and how many items were malformed.
import type { CapturedRecord } from '../model';
import type { ParseResult } from './types';

export class RecordBag {
  readonly records: CapturedRecord[] = [];
  skipped = 0;
  private readonly seen = new Set<string>();

  /** `undefined` stands for an item that could not be read: it is counted, never thrown. */
  add(record: CapturedRecord | undefined): void {
    if (!record) this.skipped++;
    else if (!this.seen.has(record.id)) {
      this.seen.add(record.id);
      this.records.push(record);
    }
  }

  result(): ParseResult {
    return { records: this.records, skipped: this.skipped };
  }
}
