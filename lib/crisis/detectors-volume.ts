// Mention volume against the watch's own 7-day baseline, as a RATE per captured record: the captures are a sample
// of what one person happened to browse, so browsing twice as much with the same share of mentions is no spike.
import { spikeZ } from './score-series';
import type { WatchBucket, WatchWindow } from './types';

export interface VolumeSignal {
  /** V: mentions first seen in the window (the gate reads this raw count). */
  mentions: number;
  /** Records captured in the window on the watch's platforms: how much the user browsed. */
  captured: number;
  /** mentions / captured; absent when nothing was captured. */
  rate?: number;
  /** Pooled 7-day rate, over earlier windows of the same length in which the user browsed. */
  baselineRate?: number;
  /** The spread the z divides by: the larger of the windows' spread and the sampling error at this window's size. */
  baselineSd?: number;
  baselineWindows: number;
  /** (rate − baselineRate) / baselineSd; absent while the baseline is thinner than minBaselineWindows. */
  z?: number;
  /** The causal spike scorer's z for the current hour over hourly rates (1-h windows only). */
  spikeZ?: number;
}

/** Hours with fewer captures than this are too thin to have a rate in the spike scorer's series. */
export const MIN_CAPTURED_PER_HOUR = 10;

function sum(buckets: readonly WatchBucket[], key: 'mentions' | 'captured'): number {
  return buckets.reduce((total, bucket) => total + (Number.isFinite(bucket[key]) && bucket[key] > 0 ? bucket[key] : 0), 0);
}

/** Earlier windows of the same length, newest first (a partial oldest chunk is dropped). */
function baselineWindows(buckets: readonly WatchBucket[], windowHours: number): { mentions: number; captured: number }[] {
  const windows = [];
  for (let end = buckets.length - windowHours; end - windowHours >= 0; end -= windowHours) {
    const chunk = buckets.slice(end - windowHours, end);
    windows.push({ mentions: sum(chunk, 'mentions'), captured: sum(chunk, 'captured') });
  }
  return windows;
}

export function volumeSignal(window: WatchWindow, minBaselineWindows: number): VolumeSignal {
  const hours = Math.max(1, Math.round(window.windowHours) || 1);
  const current = window.buckets.slice(-hours);
  // Rollups and rows are written together; if the rollups lag, the rows still say how many mentions there were.
  const mentions = Math.max(sum(current, 'mentions'), window.items.length);
  const captured = Math.max(sum(current, 'captured'), mentions);
  const signal: VolumeSignal = { mentions, captured, baselineWindows: 0 };
  if (captured === 0) return signal;
  signal.rate = mentions / captured;

  const browsed = baselineWindows(window.buckets, hours).filter((w) => w.captured > 0);
  signal.baselineWindows = browsed.length;
  if (browsed.length > 0) {
    const totalCaptured = browsed.reduce((total, w) => total + w.captured, 0);
    const totalMentions = browsed.reduce((total, w) => total + Math.min(w.mentions, w.captured), 0);
    const mean = totalMentions / totalCaptured;
    const spread = Math.sqrt(browsed.reduce((total, w) => total + w.captured * (w.mentions / w.captured - mean) ** 2, 0) / totalCaptured);
    // A baseline that never varied (or never mentioned the watch) would make any wobble infinite: the sampling
    // error of a rate over this window's captures is the least spread there can be (Laplace-smoothed mean).
    const smoothed = (totalMentions + 1) / (totalCaptured + 2);
    const samplingError = Math.sqrt((smoothed * (1 - smoothed)) / captured);
    signal.baselineRate = mean;
    signal.baselineSd = Math.max(spread, samplingError);
    if (browsed.length >= minBaselineWindows) signal.z = (signal.rate - mean) / signal.baselineSd;
  }

  if (hours === 1) {
    const series = window.buckets.map((bucket) => ({
      t: bucket.t,
      value: bucket.captured >= MIN_CAPTURED_PER_HOUR ? Math.min(1, bucket.mentions / bucket.captured) : NaN,
    }));
    const z = spikeZ(series).at(-1);
    if (z !== undefined && Number.isFinite(z)) signal.spikeZ = z;
  }
  return signal;
}
