// One typed protocol. Names say who talks to whom: `<sender>:<verb>`.
import type { CapturedRecord } from './model';
import type { SentimentLabel } from './sentiment-store';

/** Per-adapter counters carried with each batch; the background adds them to the `health` table. */
export interface AdapterHealthDelta {
  adapter: string;
  /** Records produced. */
  items: number;
  /** Calls that threw (isolated, counted, never thrown into the page). */
  errors: number;
  /** Malformed items or responses skipped (bad JSON, over the size cap, items missing ids). */
  skipped: number;
  lastError?: string;
}

/** Isolated-world collector → background: one batch of records, retried until acked. */
export interface CollectorCaptureMessage {
  type: 'collector:capture';
  /** Unique per batch; re-sending the same batch is a no-op in the background. */
  batchId: string;
  /** The page (tab) URL the records were seen on; the popup's "this tab" view keys on it. */
  pageUrl: string;
  records: CapturedRecord[];
  health: AdapterHealthDelta[];
}

export type BackgroundReply =
  | { ok: true; stored: number; duplicate: boolean }
  | { ok: false; error: string };

/**
 * Popup/dashboard → background: the user says a post's or comment's sentiment is `label`; null removes
 * the correction. Accepted only from our own extension pages, never from a content script.
 */
export interface PopupCorrectSentimentMessage {
  type: 'popup:correct-sentiment';
  recordId: string;
  label: SentimentLabel | null;
}

export type CorrectionReply = { ok: true } | { ok: false; error: string };

export type RuntimeMessage = CollectorCaptureMessage | PopupCorrectSentimentMessage;
/** What the background answers to any runtime message (the collector reads only BackgroundReply). */
export type RuntimeReply = BackgroundReply | CorrectionReply;

/** MAIN-world tap → isolated collector via window.postMessage (same window only). */
export const TAP_CHANNEL = 'earshot:tap';

/** A page API response the tap observed (its URL matched a capturable pattern). */
export interface TapResponseMessage {
  channel: typeof TAP_CHANNEL;
  kind: 'response';
  url: string;
  status: number;
  /** Body text, or undefined when it was over the cap (then `tooLarge` is true and the response is counted as skipped). */
  body?: string;
  tooLarge?: boolean;
}

/** The page changed its URL without loading (history.pushState / replaceState / popstate). */
export interface TapNavigateMessage {
  channel: typeof TAP_CHANNEL;
  kind: 'navigate';
  url: string;
}

export type TapMessage = TapResponseMessage | TapNavigateMessage;
