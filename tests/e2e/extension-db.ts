// Read the extension's IndexedDB from a page in the extension's own origin. A page outlives
// service-worker restarts (a Worker handle dies with its worker), and reading raw IndexedDB keeps
// the specs independent of Dexie's API.
import type { BrowserContext, Page } from 'playwright-core';

export const DB_NAME = 'earshot';

export class ExtensionDb {
  private constructor(readonly page: Page) {}

  /** manifest.json renders as plain text in the extension's origin: no extension UI code runs there. */
  static async open(context: BrowserContext, extensionId: string): Promise<ExtensionDb> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/manifest.json`);
    return new ExtensionDb(page);
  }

  /** Row counts per table; an empty object while the background has not created the database. */
  async counts(): Promise<Record<string, number>> {
    return this.page.evaluate(async (dbName) => {
      const known = await indexedDB.databases();
      if (!known.some((db) => db.name === dbName)) return {};
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(dbName);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      try {
        const result: Record<string, number> = {};
        for (const name of Array.from(db.objectStoreNames)) {
          result[name] = await new Promise<number>((resolve, reject) => {
            const request = db.transaction(name, 'readonly').objectStore(name).count();
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error);
          });
        }
        return result;
      } finally {
        db.close();
      }
    }, DB_NAME);
  }

  async count(table: string): Promise<number> {
    return (await this.counts())[table] ?? 0;
  }

  /** All rows of one table ([] while it does not exist yet). */
  rows<T = any>(table: string): Promise<T[]> {
    return this.readRows(table, false);
  }

  /** Like rows(), with top-level binary fields (ArrayBuffer) turned into byte arrays Node can compare. */
  rowsWithBytes(table: string): Promise<any[]> {
    return this.readRows(table, true);
  }

  private readRows(table: string, bytes: boolean): Promise<any[]> {
    return this.page.evaluate(
      async ({ dbName, table, bytes }) => {
        const known = await indexedDB.databases();
        if (!known.some((db) => db.name === dbName)) return [];
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open(dbName);
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        try {
          if (!db.objectStoreNames.contains(table)) return [];
          const rows = await new Promise<any[]>((resolve, reject) => {
            const request = db.transaction(table, 'readonly').objectStore(table).getAll();
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error);
          });
          if (!bytes) return rows;
          return rows.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) =>
            [key, value instanceof ArrayBuffer ? Array.from(new Uint8Array(value)) : value])));
        } finally {
          db.close();
        }
      },
      { dbName: DB_NAME, table, bytes },
    );
  }

  async close(): Promise<void> {
    await this.page.close().catch(() => {});
  }
}

export interface PollOptions {
  timeout?: number;
  interval?: number;
  /** Says what was awaited when it times out. */
  what: string;
}

/** Re-read until `done` holds; on timeout fail with the last value seen (not just "timed out"). */
export async function pollUntil<T>(read: () => Promise<T>, done: (value: T) => boolean, options: PollOptions): Promise<T> {
  const deadline = Date.now() + (options.timeout ?? 20_000);
  let last: T = await read();
  while (!done(last)) {
    if (Date.now() > deadline) {
      throw new Error(`Timed out waiting for ${options.what}; last value: ${JSON.stringify(last)?.slice(0, 2000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, options.interval ?? 200));
    last = await read();
  }
  return last;
}
