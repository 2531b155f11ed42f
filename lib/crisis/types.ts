// Crisis radar contracts: what detectors read, what they say, and the flags the user works through.
import type { Platform } from '../model';

/** 蓝 IV 一般 · 黄 III 较重 · 橙 II 严重 · 红 I 特别严重 */
export type CrisisLevel = 'blue' | 'yellow' | 'orange' | 'red';
export const LEVEL_ORDER: readonly CrisisLevel[] = ['blue', 'yellow', 'orange', 'red'];

export type CrisisType =
  | 'quality' | 'food_safety' | 'service' | 'false_advertising' | 'price_refund'
  | 'privacy' | 'legal' | 'safety_incident' | 'executive' | 'rumour';

/** The response flow of a flag, in order. */
export type FlagStage = 'identified' | 'assessed' | 'responding' | 'tracking' | 'resolved' | 'reviewed';
export const FLAG_STAGES: readonly FlagStage[] = ['identified', 'assessed', 'responding', 'tracking', 'resolved', 'reviewed'];

/** One input of a level decision, shown to the user next to the colour ("why"). */
export interface FlagReason {
  /** Stable key, e.g. 'volume_z', 'negative_share', 'negative_rise', 'lexicon', 'amplifier_author', 'growth', 'hot_list', 'coordinated'. */
  signal: string;
  value: number;
  threshold: number;
  /** Human text in both languages is built by the UI from signal/value/threshold; `detail` carries extra facts (e.g. an author name, a crisis type). */
  detail?: string;
}

/** A record cited as evidence (top posts/comments), linked to its page. */
export interface FlagEvidence {
  recordId: string;
  kind: 'post' | 'comment';
  platform: Platform;
  text: string;
  url?: string;
  likes?: number;
  authorName?: string;
  authorFollowers?: number;
}

export interface FlagHistoryEntry {
  at: string;
  /** A stage change, a level change, a note, or an owner change. */
  event: 'raised' | 'level' | 'stage' | 'note' | 'owner' | 'webhook';
  from?: string;
  to?: string;
  note?: string;
}

export interface CrisisFlag {
  id: string;
  watchId: string;
  level: CrisisLevel;
  /** The highest level this flag reached. */
  peakLevel: CrisisLevel;
  types: CrisisType[];
  stage: FlagStage;
  owner?: string;
  reasons: FlagReason[];
  evidence: FlagEvidence[];
  raisedAt: string;
  updatedAt: string;
  /** When the level was last raised (cooldown) and when the window was last quiet (step-down). */
  levelChangedAt: string;
  quietWindows: number;
  /** Response-time target for the current level, ISO; met when stage left 'identified'/'assessed' before it. */
  respondBy: string;
  review?: string;
  history: FlagHistoryEntry[];
  webhook?: { status: 'sent' | 'failed' | 'pending'; attempts: number; lastError?: string; lastAt?: string };
}

/** Default response-time targets per level (minutes). */
export const RESPONSE_TARGET_MINUTES: Record<CrisisLevel, number> = { red: 30, orange: 60, yellow: 120, blue: 240 };
