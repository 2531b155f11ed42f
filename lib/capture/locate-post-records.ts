// The posts and comments this page's collector has captured, by URL: a content script cannot read the
// extension's database, so this is how it tells which record a post element on the page shows.
import type { CapturedRecord } from '../model';
import { postUrlKey } from './locate-post-url';

/** An endless timeline must not grow this without bound; the oldest entries go first. */
const MAX_RECORDS = 5000;

export class PageRecords {
  private readonly idByUrl = new Map<string, string>();
  private readonly urlById = new Map<string, string>();

  constructor(private readonly limit = MAX_RECORDS) {}

  /** Trends are left out: a hot-list entry links to a search page, not to a post to save. */
  add(records: readonly CapturedRecord[]): void {
    for (const record of records) {
      if (record.kind === 'trend' || !record.url) continue;
      const key = postUrlKey(record.url);
      if (!key) continue;
      this.forget(record.id);
      this.idByUrl.delete(key);
      this.idByUrl.set(key, record.id);
      this.urlById.set(record.id, record.url);
    }
    while (this.idByUrl.size > this.limit) {
      const [oldestKey, oldestId] = this.idByUrl.entries().next().value!;
      this.idByUrl.delete(oldestKey);
      if (this.urlById.get(oldestId) && postUrlKey(this.urlById.get(oldestId)!) === oldestKey) this.urlById.delete(oldestId);
    }
  }

  idForUrl(href: string, base?: string): string | undefined {
    const key = postUrlKey(href, base);
    return key === undefined ? undefined : this.idByUrl.get(key);
  }

  urlOf(recordId: string): string | undefined {
    return this.urlById.get(recordId);
  }

  get size(): number {
    return this.idByUrl.size;
  }

  private forget(recordId: string): void {
    const previous = this.urlById.get(recordId);
    const key = previous === undefined ? undefined : postUrlKey(previous);
    if (key !== undefined && this.idByUrl.get(key) === recordId) this.idByUrl.delete(key);
  }
}
