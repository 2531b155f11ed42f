// Negative share N of the window's voices and its rise ΔN over the watch's 7-day share.
import type { Thresholds } from './thresholds';
import type { Voice } from './detectors-voices';
import type { WatchBucket } from './types';

export interface NegativeSignal {
  /** Labelled voices (a coordinated cluster once) and how many of them are negative. */
  labelled: number;
  negative: number;
  positive: number;
  /** N; absent below the minimum labelled sample. */
  share?: number;
  baselineLabelled: number;
  baselineShare?: number;
  /** ΔN = N − baseline share; absent without both. */
  rise?: number;
  /** The rise needed here: the configured points, or two standard errors of N at this sample if that is more. */
  riseThreshold?: number;
}

export function negativeSignal(voices: readonly Voice[], baseline: readonly WatchBucket[], t: Thresholds): NegativeSignal {
  const labelled = voices.filter((v) => v.label);
  const negative = labelled.filter((v) => v.label === 'negative').length;
  const positive = labelled.filter((v) => v.label === 'positive').length;
  const baselineLabelled = baseline.reduce((total, b) => total + (b.labelled > 0 ? b.labelled : 0), 0);
  const baselineNegative = baseline.reduce((total, b) => total + (b.negative > 0 ? b.negative : 0), 0);
  const signal: NegativeSignal = { labelled: labelled.length, negative, positive, baselineLabelled };
  if (baselineLabelled > 0) signal.baselineShare = Math.min(1, baselineNegative / baselineLabelled);
  if (labelled.length === 0 || labelled.length < t.minLabelled) return signal;
  signal.share = negative / labelled.length;
  if (signal.baselineShare !== undefined && baselineLabelled >= t.minBaselineLabelled) {
    signal.rise = signal.share - signal.baselineShare;
    // A 15-point rise in ten labelled comments is two people: the rise must also clear the sampling error.
    const p = Math.min(0.98, Math.max(0.02, signal.baselineShare));
    signal.riseThreshold = Math.max(t.negativeRise, 2 * Math.sqrt((p * (1 - p)) / labelled.length));
  }
  return signal;
}
