// The numbers the detectors and level rules compare against, at medium sensitivity, and how sensitivity scales
// them. Counts round up, so a scaled minimum sample is never below the one given here times the factor.
import type { LevelSettings } from './types';

export interface Thresholds {
  /** V: mentions in the window below which nothing is flagged (anchors A.3 [AO], A.4 "V ≥ 10"). */
  minMentions: number;
  /** Labelled items (coordinated clusters once) needed before a negative share means anything. */
  minLabelled: number;
  /** z of the mention rate against its 7-day baseline: a volume notice (blue) and, with negativity, yellow. */
  volumeZ: number;
  /** z for the strong volume rule (orange with a high negative share). */
  volumeZStrong: number;
  /** N: negative share for blue and yellow rules. */
  negativeShare: number;
  /** N for the orange volume rule. */
  negativeShareStrong: number;
  /** ΔN: rise of the negative share over the 7-day share, in share points (0.15 = 15 pt). */
  negativeRise: number;
  /** Labelled items in the baseline before a rise is measured. */
  minBaselineLabelled: number;
  /** Baseline windows with browsing before a volume z is measured. */
  minBaselineWindows: number;
  /** Non-positive items about one crisis type: a blue notice ... */
  lexiconItems: number;
  /** ... and, with a negative share over the line, yellow. */
  lexiconItemsStrong: number;
  /** An author this big posting negatively is an amplifier (anchors A.4: 100k; not scaled). */
  amplifierFollowers: number;
  /** Interactions per hour a negative post must gain (and beat the window's p95) to count as fast growth. */
  fastGrowthPerHour: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = {
  minMentions: 10,
  minLabelled: 10,
  volumeZ: 2,
  volumeZStrong: 3,
  negativeShare: 0.3,
  negativeShareStrong: 0.4,
  negativeRise: 0.15,
  minBaselineLabelled: 20,
  minBaselineWindows: 3,
  lexiconItems: 3,
  lexiconItemsStrong: 5,
  amplifierFollowers: 100_000,
  fastGrowthPerHour: 1000,
};

/** high = earlier, more flags (thresholds × 0.8); low = later, fewer flags (× 1.25). */
export const SENSITIVITY_FACTOR: Record<LevelSettings['sensitivity'], number> = { high: 0.8, medium: 1, low: 1.25 };

const NOT_SCALED: ReadonlySet<keyof Thresholds> = new Set(['amplifierFollowers', 'minBaselineLabelled', 'minBaselineWindows']);
const COUNTS: ReadonlySet<keyof Thresholds> = new Set(['minMentions', 'minLabelled', 'lexiconItems', 'lexiconItemsStrong']);

export function thresholdsFor(sensitivity: LevelSettings['sensitivity']): Thresholds {
  const factor = SENSITIVITY_FACTOR[sensitivity] ?? 1;
  const out = { ...DEFAULT_THRESHOLDS };
  for (const key of Object.keys(out) as (keyof Thresholds)[]) {
    if (NOT_SCALED.has(key)) continue;
    const scaled = DEFAULT_THRESHOLDS[key] * factor;
    out[key] = COUNTS.has(key) ? Math.ceil(scaled - 1e-9) : Math.round(scaled * 1000) / 1000;
  }
  return out;
}

export const DEFAULT_LEVEL_SETTINGS: LevelSettings = { sensitivity: 'medium', cooldownMinutes: 60, stepDownAfterQuietWindows: 2 };
