// Runs inside a Chromium page (bundled by tests/bench/run.ts): every measurement is paired with a
// reference run of the same work in the same page, so the report is a ratio, not a machine-bound time.
import { openDb } from '../../lib/db';
import { ingestBatch } from '../../lib/ingest';
import type { CapturedRecord } from '../../lib/model';
import { startCollector } from '../../lib/capture/collector';
import { registryOf } from '../../lib/platforms/registry';
import { weiboAdapter } from '../../lib/platforms/weibo';
import { buildComments } from '../../lib/cli/demo/weibo-shapes';
import { WEIBO_DEMO_LAUNCH } from '../../lib/cli/demo/weibo-data';
import { mixedRecords } from './records';

function deleteDb(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
    request.onblocked = () => resolve();
  });
}

/** The reference: a plain IndexedDB put loop of the same records in one transaction, no indexes. */
async function rawPutLoop(records: CapturedRecord[], name: string): Promise<number> {
  await deleteDb(name);
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => {
      for (const store of ['posts', 'comments', 'trends']) request.result.createObjectStore(store, { keyPath: 'id' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const start = performance.now();
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction(['posts', 'comments', 'trends'], 'readwrite');
    for (const record of records) tx.objectStore(`${record.kind}s`).put(record);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  const elapsed = performance.now() - start;
  db.close();
  return elapsed;
}

async function earshotIngest(records: CapturedRecord[], name: string, batchSize: number): Promise<number> {
  await deleteDb(name);
  const db = openDb(name);
  await db.open();
  const start = performance.now();
  for (let i = 0; i < records.length; i += batchSize) {
    await ingestBatch(db, {
      type: 'collector:capture', batchId: `bench-${i}`, pageUrl: 'https://weibo.com/bench',
      records: records.slice(i, i + batchSize), health: [],
    });
  }
  const elapsed = performance.now() - start;
  db.close();
  return elapsed;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil(values.length * p) - 1)];

export async function benchIngest(total: number, rounds: number, batchSize: number) {
  const records = mixedRecords(total);
  await rawPutLoop(records, 'bench-raw'); // warm-up
  await earshotIngest(records, 'bench-earshot', batchSize);
  const raw: number[] = [];
  const ours: number[] = [];
  for (let round = 0; round < rounds; round++) {
    raw.push(await rawPutLoop(records, 'bench-raw'));
    ours.push(await earshotIngest(records, 'bench-earshot', batchSize));
  }
  const ratios = raw.map((r, i) => r / ours[i]);
  return { total, batchSize, rounds, rawMs: median(raw), earshotMs: median(ours), ratio: median(ratios) };
}

/** The collector's work per intercepted response: the tap message in, records queued out. */
export function benchCollector(iterations: number) {
  const post = { ...WEIBO_DEMO_LAUNCH, comments: Array.from({ length: 200 }, (_, i) => ({ ...WEIBO_DEMO_LAUNCH.comments[i % WEIBO_DEMO_LAUNCH.comments.length], id: `9${i}` })) };
  const body = JSON.stringify(buildComments(post, new Date()));
  const url = `https://weibo.com/ajax/statuses/buildComments?id=${post.id}&count=200`;
  let queued = 0;
  const collector = startCollector({
    win: window,
    // As on weibo.com: the Weibo content script holds only the Weibo adapter.
    registry: registryOf([weiboAdapter]),
    queue: { push: (_page, _adapter, records) => { queued += records.length; }, flush() {} },
  });
  const perResponse: number[] = [];
  const parseOnly: number[] = [];
  for (let i = 0; i < iterations; i++) {
    // Every count changes each time, so every record is new to the de-duplication and gets queued.
    const text = body.replaceAll('"like_counts":', `"like_counts":${i + 1}`);
    let start = performance.now();
    JSON.parse(text);
    parseOnly.push(performance.now() - start);
    start = performance.now();
    window.dispatchEvent(new MessageEvent('message', { source: window, data: { channel: 'earshot:tap', kind: 'response', url, status: 200, body: text } }));
    perResponse.push(performance.now() - start);
  }
  collector.stop();
  return {
    items: 200, bodyBytes: body.length, iterations, recordsQueued: queued,
    medianMs: median(perResponse), p99Ms: percentile(perResponse, 0.99),
    jsonParseMedianMs: median(parseOnly), ratioToJsonParse: median(perResponse) / median(parseOnly),
  };
}

Object.assign(globalThis, { earshotBench: { benchIngest, benchCollector } });
