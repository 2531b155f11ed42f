export {
  scoreSeries, spikeZ, zToScore, scoreToZ, timeMs, DEFAULT_SPIKE_OPTIONS, SPIKE_ALARM_Z, SPIKE_ALARM_SCORE,
  type SeriesPoint, type SeriesTime, type ScoredPoint, type SpikeScorerOptions,
} from './score-series';
export { trailingZScores, ewmaControlScores, type EwmaChartOptions } from './reference-scorers';
export type {
  CrisisLevel, CrisisType, FlagStage, FlagReason, FlagEvidence, FlagHistoryEntry, CrisisFlag, WindowItem, WatchBucket,
  WatchWindow, LevelSettings, WindowVerdict,
} from './types';
export { LEVEL_ORDER, FLAG_STAGES, RESPONSE_TARGET_MINUTES } from './types';
export { CRISIS_LEXICON, type CrisisLexiconEntry } from './lexicon-data';
export { CRISIS_TYPES, crisisTypesOf, typesOfHits, type CrisisHit } from './lexicon';
export { normalizeText, compactText } from './text';
export {
  findCoordinated, jaccard, DEFAULT_COORDINATION,
  type CoordinatedCluster, type CoordinationInput, type CoordinationOptions,
} from './coordinated';
export { DEFAULT_THRESHOLDS, DEFAULT_LEVEL_SETTINGS, SENSITIVITY_FACTOR, thresholdsFor, type Thresholds } from './thresholds';
export { detectSignals, type WindowSignals } from './detectors';
export { volumeSignal, MIN_CAPTURED_PER_HOUR, type VolumeSignal } from './detectors-volume';
export { negativeSignal, type NegativeSignal } from './detectors-sentiment';
export { lexiconSignals, type LexiconSignal } from './detectors-lexicon';
export {
  amplifierAuthors, growthSignal, MIN_ITEMS_FOR_P95, type AmplifierAuthor, type FastGrowth, type GrowthSignal,
} from './detectors-amplifiers';
export { coordinatedClusters, voicesOf, type ClusterSignal, type Voice } from './detectors-voices';
export { selectEvidence, toEvidence, EVIDENCE_LIMIT, EVIDENCE_TEXT_CHARS } from './evidence';
export {
  evaluateWindow, evaluateWindowDetailed, LEVEL_RULES, LEVEL_GUARDS,
  type LevelRule, type LevelRuleId, type WindowEvaluation,
} from './levels';
export { nextFlag, isClosed, type FlagIds } from './next-flag';
export { PLAYBOOKS, GENERAL_PLAYBOOK, playbookFor, playbooksFor, type Playbook, type PlaybookLang } from './playbooks';
