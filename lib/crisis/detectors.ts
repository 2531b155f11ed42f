// Every signal the level rules read, computed once from a WatchWindow. Pure; levels.ts turns them into a colour.
import { amplifierAuthors, growthSignal, type AmplifierAuthor, type GrowthSignal } from './detectors-amplifiers';
import { lexiconSignals, type LexiconSignal } from './detectors-lexicon';
import { negativeSignal, type NegativeSignal } from './detectors-sentiment';
import { coordinatedClusters, voicesOf, type ClusterSignal, type Voice } from './detectors-voices';
import { volumeSignal, type VolumeSignal } from './detectors-volume';
import { thresholdsFor, type Thresholds } from './thresholds';
import type { LevelSettings, WatchWindow } from './types';

export interface WindowSignals {
  thresholds: Thresholds;
  volume: VolumeSignal;
  negative: NegativeSignal;
  /** Crisis types named by non-positive voices, most voices first. */
  lexicon: LexiconSignal[];
  amplifierAuthors: AmplifierAuthor[];
  growth: GrowthSignal;
  hotList: WatchWindow['hotList'];
  /** Possible astroturfing (水军), each counted once in the share and the lexicon. */
  clusters: ClusterSignal[];
  voices: Voice[];
}

export function detectSignals(window: WatchWindow, settings: Pick<LevelSettings, 'sensitivity'>): WindowSignals {
  const thresholds = thresholdsFor(settings.sensitivity);
  const items = window.items.filter((item) => item && typeof item.text === 'string' && item.recordId);
  const clusters = coordinatedClusters(items);
  const voices = voicesOf(items, clusters);
  const hours = Math.max(1, Math.round(window.windowHours) || 1);
  return {
    thresholds,
    volume: volumeSignal({ ...window, items }, thresholds.minBaselineWindows),
    negative: negativeSignal(voices, window.buckets.slice(0, -hours), thresholds),
    lexicon: lexiconSignals(voices),
    amplifierAuthors: amplifierAuthors(items, thresholds),
    growth: growthSignal(items, thresholds),
    hotList: window.hotList ?? [],
    clusters,
    voices,
  };
}
