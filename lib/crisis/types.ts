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

/** One matching post or comment in the current window, as the detectors see it. */
export interface WindowItem {
  recordId: string;
  kind: 'post' | 'comment';
  platform: Platform;
  text: string;
  url?: string;
  /** When it was first captured (ISO); the window is about what the user saw, when they saw it. */
  firstSeenAt: string;
  authorId: string;
  authorName: string;
  authorFollowers?: number;
  authorVerified?: boolean;
  likes?: number;
  /** Effective sentiment (a user correction wins); absent when not scored. */
  label?: 'positive' | 'neutral' | 'negative';
  /** Interactions gained per hour between the post's last two metric snapshots, when known. */
  growthPerHour?: number;
}

/** One hour bucket of the watch's history (from the watchRollups and rollups tables). */
export interface WatchBucket {
  /** ISO hour start. */
  t: string;
  /** Newly captured records matching the watch in that hour. */
  mentions: number;
  /** Of those, how many had a sentiment label, and how many were negative. */
  labelled: number;
  negative: number;
  /** Everything captured in that hour on the watch's platforms: how much the user browsed. */
  captured: number;
}

/** What the detectors read for one watch at one moment. Built by lib/crisis/gather.ts from IndexedDB. */
export interface WatchWindow {
  watchId: string;
  /** Window length: 1 h for fast platforms (Weibo, Douyin, X, TikTok), 24 h for slow ones. */
  windowHours: number;
  /** ISO end of the current window (now). */
  end: string;
  /** Hourly buckets, oldest first, covering the baseline (7 days) and the current window (the last windowHours buckets). */
  buckets: WatchBucket[];
  /** Matching items first seen in the current window. */
  items: WindowItem[];
  /** Hot-list entries captured in the window that mention the watch. */
  hotList: { platform: Platform; rank: number; title: string; url: string }[];
}

/** Per-watch settings the level rules read. */
export interface LevelSettings {
  sensitivity: 'low' | 'medium' | 'high';
  /** Minutes before a flag may be raised to the same or a lower level again (default 60). */
  cooldownMinutes: number;
  /** Quiet windows needed before a level steps down (default 2). */
  stepDownAfterQuietWindows: number;
}

/** What evaluating one window says: a level or none, why, and the evidence. */
export interface WindowVerdict {
  level?: CrisisLevel;
  types: CrisisType[];
  reasons: FlagReason[];
  evidence: FlagEvidence[];
}
