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

// ---- Crisis radar: dashboard/popup pages → background (sender must be one of our own pages) ----

/** Create or replace a watch; the background matches it against everything stored (backfill job). */
export interface DashboardSaveWatchMessage {
  type: 'dashboard:save-watch';
  watch: import('./watch/types').Watch;
}
export interface DashboardDeleteWatchMessage {
  type: 'dashboard:delete-watch';
  watchId: string;
}
/** Move a flag through the response flow, set its owner, add a note or the post-resolution review. */
export interface DashboardUpdateFlagMessage {
  type: 'dashboard:update-flag';
  flagId: string;
  stage?: import('./crisis/types').FlagStage;
  owner?: string;
  note?: string;
  review?: string;
}
/** Send a test message to a watch's webhook; the reply says whether it was accepted. */
export interface DashboardTestWebhookMessage {
  type: 'dashboard:test-webhook';
  webhook: import('./watch/types').WatchWebhook;
  watchName: string;
}
export type CrisisRuntimeMessage =
  | DashboardSaveWatchMessage
  | DashboardDeleteWatchMessage
  | DashboardUpdateFlagMessage
  | DashboardTestWebhookMessage;
export type CrisisReply = { ok: true; id?: string; status?: number } | { ok: false; error: string };

// ---- Swipe file: saving examples ----

/**
 * Save the post in view as an example. From the popup (button), and from the background itself for the
 * context menu and the keyboard shortcut. `recordId` when known (hover button, popup list); otherwise the
 * background picks the post open in the tab (the popup's page-check rule). `rect` crops the screenshot.
 */
export interface SaveExampleMessage {
  type: 'popup:save-example' | 'content:save-example';
  /** The tab to photograph; from a content script the sender's tab is used instead. */
  tabId?: number;
  pageUrl: string;
  recordId?: string;
  rect?: import('./swipe/types').ViewRect;
  labels?: import('./swipe/types').ExampleLabels;
}
export interface UpdateExamplesMessage {
  type: 'dashboard:update-examples';
  ids: string[];
  /** Fields to set on every listed example; `addTags`/`removeTags` edit tags in bulk. */
  set?: { board?: string | null; stance?: import('./swipe/types').ExampleStance | null; brand?: string | null; note?: string | null };
  addTags?: string[];
  removeTags?: string[];
}
export interface DeleteExamplesMessage {
  type: 'dashboard:delete-examples';
  ids: string[];
}
export interface ImportExamplesMessage {
  type: 'dashboard:import-examples';
  bundle: import('./swipe/types').ExampleBundle;
}
/**
 * Background → the tab's collector content script (tabs.sendMessage): where is this record's element in
 * the visible viewport? Reply: a ViewRect, or undefined when it is not on the page or scrolled out of view
 * (nothing is scrolled to find it). `url` is the record's own URL, which the content script matches links
 * against; without it the content script uses the URLs of the records it captured itself.
 */
export interface LocatePostMessage {
  type: 'background:locate-post';
  recordId: string;
  url?: string;
}
export type LocatePostReply = import('./swipe/types').ViewRect | undefined;
export type SwipeMessage = SaveExampleMessage | UpdateExamplesMessage | DeleteExamplesMessage | ImportExamplesMessage;
/** `imageError`: the example was saved without a picture, and why (e.g. the tab could not be photographed). */
export type SwipeReply = { ok: true; id?: string; count?: number; imageError?: string } | { ok: false; error: string };
