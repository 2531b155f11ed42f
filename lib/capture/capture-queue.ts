// Batches records for the background and makes sure each batch arrives: one batch in flight, the
// same batch (same batchId, which the background dedupes) retried with backoff until it is acked.
// New records queue behind it in order.
import type { CapturedRecord } from '../model';
import type { AdapterHealthDelta, CollectorCaptureMessage } from '../messages';
import { addHealth, healthDelta, isEmptyDelta } from './health';
import { classifySend } from './send-outcome';
import { realTimers, type Timers } from './throttle';

export interface CaptureQueueOptions {
  send(message: CollectorCaptureMessage): Promise<unknown>;
  newBatchId(): string;
  timers?: Timers;
  /** A batch is closed this long after its first record … */
  flushMs?: number;
  /** … or when it holds this many records. */
  maxRecords?: number;
  retryMs?: number;
  maxRetryMs?: number;
  /** An attempt with no answer by then is given up and retried (its late answer is ignored). */
  replyTimeoutMs?: number;
  /** The extension is gone (reloaded or updated); nothing will ever be delivered from this page. */
  onFatal?(error: string): void;
}

export interface CaptureQueueStats {
  ackedBatches: number;
  retries: number;
  /** Batches the background refused as invalid, dropped. */
  rejectedBatches: number;
  /** Records lost: refused one by one, or in a refused batch. */
  droppedRecords: number;
  lastError?: string;
}

interface Batch {
  batchId: string;
  pageUrl: string;
  records: CapturedRecord[];
  /** Which adapter produced each record, to charge a refused record to it. */
  adapters: string[];
  health: Map<string, AdapterHealthDelta>;
}

export function randomBatchId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The background names a refused record as `records[12]`: that one can be left out and the rest resent. */
function refusedRecordIndex(error: string, batch: Batch): number | undefined {
  const match = /\brecords\[(\d+)\]/.exec(error);
  const index = match ? Number(match[1]) : -1;
  return index >= 0 && index < batch.records.length ? index : undefined;
}

export class CaptureQueue {
  readonly stats: CaptureQueueStats = { ackedBatches: 0, retries: 0, rejectedBatches: 0, droppedRecords: 0 };
  private readonly timers: Timers;
  private readonly flushMs: number;
  private readonly maxRecords: number;
  private readonly retryMs: number;
  private readonly maxRetryMs: number;
  private readonly replyTimeoutMs: number;
  private open: Batch | undefined;
  private readonly sealed: Batch[] = [];
  private flushTimer: unknown;
  private retryTimer: unknown;
  private replyTimer: unknown;
  private attempt = 0;
  private inFlight = false;
  private backoff: number;
  private stopped = false;

  constructor(private readonly options: CaptureQueueOptions) {
    this.timers = options.timers ?? realTimers;
    this.flushMs = options.flushMs ?? 500;
    this.maxRecords = options.maxRecords ?? 200;
    this.retryMs = options.retryMs ?? 250;
    this.maxRetryMs = options.maxRetryMs ?? 5000;
    this.replyTimeoutMs = options.replyTimeoutMs ?? 30_000;
    this.backoff = this.retryMs;
  }

  /** Records not yet acknowledged (open, waiting, or in flight). */
  get pendingRecords(): number {
    return [...this.sealed, ...(this.open ? [this.open] : [])].reduce((sum, batch) => sum + batch.records.length, 0);
  }

  push(pageUrl: string, adapter: string, records: readonly CapturedRecord[], delta: AdapterHealthDelta): void {
    if (this.stopped || (records.length === 0 && isEmptyDelta(delta))) return;
    // "This tab" views key on pageUrl: a batch never mixes pages.
    if (this.open && this.open.pageUrl !== pageUrl) this.seal();
    const batch = this.openBatch(pageUrl);
    addHealth(batch.health, delta);
    for (const record of records) {
      const current = this.openBatch(pageUrl);
      current.records.push(record);
      current.adapters.push(adapter);
      if (current.records.length >= this.maxRecords) this.seal();
    }
    if (this.open && this.flushTimer === undefined) {
      this.flushTimer = this.timers.setTimeout(() => this.flush(), this.flushMs);
    }
    this.pump();
  }

  /** Closes the open batch now (page hidden, or the timer) and sends what is waiting. */
  flush(): void {
    this.seal();
    this.pump();
  }

  stop(): void {
    this.stopped = true;
    for (const timer of [this.flushTimer, this.retryTimer, this.replyTimer]) {
      if (timer !== undefined) this.timers.clearTimeout(timer);
    }
    this.flushTimer = this.retryTimer = this.replyTimer = undefined;
  }

  private openBatch(pageUrl: string): Batch {
    this.open ??= { batchId: this.options.newBatchId(), pageUrl, records: [], adapters: [], health: new Map() };
    return this.open;
  }

  private seal(): void {
    if (this.flushTimer !== undefined) this.timers.clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    if (this.open) this.sealed.push(this.open);
    this.open = undefined;
  }

  private pump(): void {
    if (this.stopped || this.inFlight || this.retryTimer !== undefined) return;
    const batch = this.sealed[0];
    if (!batch) return;
    const attempt = ++this.attempt;
    this.inFlight = true;
    this.replyTimer = this.timers.setTimeout(
      () => this.settle(attempt, { error: new Error(`no answer within ${this.replyTimeoutMs} ms`) }),
      this.replyTimeoutMs,
    );
    const message: CollectorCaptureMessage = {
      type: 'collector:capture',
      batchId: batch.batchId,
      pageUrl: batch.pageUrl,
      records: batch.records,
      health: [...batch.health.values()],
    };
    let sending: Promise<unknown>;
    try {
      sending = Promise.resolve(this.options.send(message));
    } catch (error) {
      sending = Promise.reject(error);
    }
    sending.then(
      (reply) => this.settle(attempt, { reply }),
      (error: unknown) => this.settle(attempt, { error }),
    );
  }

  private settle(attempt: number, result: { reply: unknown } | { error: unknown }): void {
    // A late answer to an attempt already given up: the retry (same batchId) speaks for it.
    if (attempt !== this.attempt || !this.inFlight || this.stopped) return;
    this.inFlight = false;
    if (this.replyTimer !== undefined) this.timers.clearTimeout(this.replyTimer);
    this.replyTimer = undefined;

    const batch = this.sealed[0]!;
    const outcome = classifySend(result);
    switch (outcome.kind) {
      case 'acked':
        this.sealed.shift();
        this.stats.ackedBatches++;
        this.backoff = this.retryMs;
        break;
      case 'retry':
        this.stats.retries++;
        this.stats.lastError = outcome.error;
        this.retryTimer = this.timers.setTimeout(() => {
          this.retryTimer = undefined;
          this.pump();
        }, this.backoff);
        this.backoff = Math.min(this.backoff * 2, this.maxRetryMs);
        return;
      case 'invalid':
        this.stats.lastError = outcome.error;
        this.refuse(batch, outcome.error);
        break;
      case 'fatal':
        this.stats.lastError = outcome.error;
        this.stop();
        this.options.onFatal?.(outcome.error);
        return;
    }
    this.pump();
  }

  /**
   * One bad record must not sink the other 199: leave out the record the background named, charge
   * it to its adapter, and resend the rest as a new batch. Each round removes a record, so this ends.
   */
  private refuse(batch: Batch, error: string): void {
    const index = refusedRecordIndex(error, batch);
    if (index === undefined) {
      this.sealed.shift();
      this.stats.rejectedBatches++;
      this.stats.droppedRecords += batch.records.length;
      return;
    }
    const [adapter] = batch.adapters.splice(index, 1);
    batch.records.splice(index, 1);
    this.stats.droppedRecords++;
    addHealth(batch.health, healthDelta(adapter!, { skipped: 1, items: 0, lastError: `refused by the background: ${error}` }));
    const adapterHealth = batch.health.get(adapter!)!;
    adapterHealth.items = Math.max(0, adapterHealth.items - 1);
    batch.batchId = this.options.newBatchId();
  }
}
