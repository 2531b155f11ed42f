export {
  scoreSeries, spikeZ, zToScore, scoreToZ, timeMs, DEFAULT_SPIKE_OPTIONS, SPIKE_ALARM_Z, SPIKE_ALARM_SCORE,
  type SeriesPoint, type SeriesTime, type ScoredPoint, type SpikeScorerOptions,
} from './score-series';
export { trailingZScores, ewmaControlScores, type EwmaChartOptions } from './reference-scorers';
