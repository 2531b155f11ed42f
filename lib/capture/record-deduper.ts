// The same post is seen again and again (every DOM pass, every re-fetched timeline). Only new
// records, or records whose content changed (a count went up), are worth sending.
import type { CapturedRecord } from '../model';

/** JSON with sorted keys, so two equal records give the same text. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** 53-bit string hash (cyrb53 construction): short keys instead of whole post texts in memory. */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** What a record says, apart from when it was captured. */
export function recordFingerprint(record: CapturedRecord): string {
  const { capturedAt: _ignored, ...content } = record;
  return hash53(stableJson(content));
}

export class RecordDeduper {
  // Insertion-ordered, so the oldest entries go first when the page lives long.
  private readonly sent = new Map<string, true>();
  // DOM fallback reads rounded counts ("1.2K") and cannot tell a reply from a post, so once the API
  // or embedded state gave an item, the DOM's reading of it would only make it worse.
  private readonly seenFromData = new Set<string>();

  constructor(private readonly limit = 50_000) {}

  /** The records not already sent with this same content; they count as sent from now on. */
  fresh(records: readonly CapturedRecord[]): CapturedRecord[] {
    const result: CapturedRecord[] = [];
    for (const record of records) {
      if (record.kind !== 'trend' && record.source !== 'dom') this.seenFromData.add(record.id);
      else if (record.kind !== 'trend' && this.seenFromData.has(record.id)) continue;
      const key = `${record.id}#${recordFingerprint(record)}`;
      if (this.sent.has(key)) continue;
      this.sent.set(key, true);
      result.push(record);
      if (this.sent.size > this.limit) this.sent.delete(this.sent.keys().next().value!);
    }
    return result;
  }
}
