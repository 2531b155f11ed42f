// A watch: a brand or competitor the user listens for. Matched at ingest against every post and
// comment text; the ids of matching watches are stored on the row (`watchIds`, a multi-entry index).
import type { Platform } from '../model';

export type WatchKind = 'brand' | 'competitor';
/** How easily flags are raised: low = fewer, later flags; high = more, earlier flags. */
export type Sensitivity = 'low' | 'medium' | 'high';
export type WebhookFormat = 'slack' | 'feishu' | 'dingtalk' | 'wecom';

export interface WatchWebhook {
  url: string; // https only
  format: WebhookFormat;
}

export interface Watch {
  id: string;
  name: string;
  kind: WatchKind;
  /** Names, aliases, product names, handles, hashtags/超话, common misspellings — Chinese and English. */
  terms: string[];
  /** A text that contains any of these is not a mention (e.g. "apple pie" for Apple). */
  exclude: string[];
  /** Platforms that count; empty = all. */
  platforms: Platform[];
  sensitivity: Sensitivity;
  webhook?: WatchWebhook;
  createdAt: string;
  updatedAt: string;
}

/** Progress of matching a new or edited watch against what is already stored (jobs table id `backfill:<watchId>`). */
export const backfillJobId = (watchId: string) => `backfill:${watchId}`;

/** Per watch per UTC hour: newly captured records that mention it, with their sentiment mix. */
export interface WatchRollup {
  watchId: string;
  /** ISO hour, e.g. 2026-11-26T05:00:00.000Z */
  hour: string;
  mentions: number;
  labelled: number;
  negative: number;
  positive: number;
}
