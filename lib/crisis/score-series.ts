// Causal spike scorer for a volume series (mentions per bucket). The score at point i only uses points 0..i, so a
// live watch can score each new bucket as it closes and get the same number the eval saw.
//
// Volume will be divided by how much the user browsed (captures are a sample), so absolute counts carry no meaning
// here: every statistic below is homogeneous in the input scale (sqrt(k·v) = √k·sqrt(v), and each step is linear or
// a ratio), so scoreSeries(k·values) === scoreSeries(values) for any k > 0. A minimum-sample gate on raw counts
// belongs to the detector that still knows them (anchors A.3 [AO], A.4 "V ≥ 10").

export type SeriesTime = string | number;
export interface SeriesPoint { t: SeriesTime; value: number }
export interface ScoredPoint { t: SeriesTime; score: number }

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export interface SpikeScorerOptions {
  /** Valid points needed before anything is scored (the warm-up scores 0). */
  warmupPoints: number;
  /** How fast the baseline level follows the series. */
  levelHalfLifeMs: number;
  /** How fast the typical deviation follows the series. */
  spreadHalfLifeMs: number;
  /** How fast the time-of-day profile learns; 0 switches the profile off. */
  seasonHalfLifeMs: number;
  /** The time-of-day profile is used only after the series spans this long. */
  seasonAfterMs: number;
  /** Deviations beyond this many spreads move the baseline only as far as the clip (a spike must not become the baseline). */
  clip: number;
  /** How long past bursts keep raising the bar. */
  burstHalfLifeMs: number;
  /** A single burst raises the bar by at most this many typical spreads. */
  burstClip: number;
  /** Half-life of the short average that catches a sustained rise; 0 scores single points only. */
  sustainedHalfLifeMs: number;
}

export const DEFAULT_SPIKE_OPTIONS: SpikeScorerOptions = {
  warmupPoints: 12,
  levelHalfLifeMs: 12 * HOUR_MS,
  spreadHalfLifeMs: DAY_MS,
  seasonHalfLifeMs: 7 * DAY_MS,
  seasonAfterMs: 2 * DAY_MS,
  clip: 3,
  burstHalfLifeMs: 3 * DAY_MS,
  burstClip: 10,
  sustainedHalfLifeMs: HOUR_MS,
};

/**
 * Default alarm line (z ≥ 11.5 ⇔ score ≥ 0.94): the lowest z whose alarm runs stay within one per series per week on
 * the NAB 5-minute tweet series, chosen without looking at their labels (npm run eval:spikes). Hourly buckets are
 * smoother; revisit with real captures.
 */
export const SPIKE_ALARM_Z = 11.5;

/** Robust z at which the score is 0.5, and how many z-units move it from 0.5 to ~0.73. */
const Z_MID = 6;
const Z_WIDTH = 2;
/** Mean absolute deviation of a normal variable is 0.8 σ; scale it so z reads like a standard score. */
const MEAN_ABS_DEV_TO_SIGMA = 1.2533;
/** Spread never drops below this fraction of the level, so a perfectly flat history does not make every wobble infinite. */
const MIN_SPREAD_OF_LEVEL = 0.05;

/** Monotone map of a z-like statistic to 0..1, shared by Earshot and the reference scorers so one threshold means one z. */
export function zToScore(z: number): number {
  if (Number.isNaN(z)) return 0;
  if (z === Infinity) return 1;
  return 1 / (1 + Math.exp(-(z - Z_MID) / Z_WIDTH));
}

export function scoreToZ(score: number): number {
  return Z_MID - Z_WIDTH * Math.log(1 / score - 1);
}

export const SPIKE_ALARM_SCORE = zToScore(SPIKE_ALARM_Z);

/** Epoch ms of a point's time, or NaN. Accepts epoch ms and ISO strings (a string without zone is read as UTC). */
export function timeMs(t: SeriesTime): number {
  if (typeof t === 'number') return Number.isFinite(t) ? t : NaN;
  if (typeof t !== 'string') return NaN;
  if (t.endsWith('Z')) return Date.parse(t);
  const iso = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(t) ? `${t.replace(' ', 'T')}Z` : t;
  return Date.parse(iso);
}

/** Counts can be missing or broken (NaN, negative, Infinity): such a point scores 0 and leaves the baseline alone. */
export function isUsableValue(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

/** Per-step weight of an exponential average with a half-life, for a step of dtMs. */
export function decayWeight(dtMs: number, halfLifeMs: number): number {
  return 1 - Math.pow(2, -dtMs / halfLifeMs);
}

function median(sorted: number[]): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Typical size of a residual stream: a robust spread (clipped mean |r|) and the RMS of recent bursts. */
class Deviation {
  private spread: number;
  private burstVariance = 0;
  constructor(initialSpread: number, private readonly o: SpikeScorerOptions) { this.spread = initialSpread; }

  /** Robust σ, never below a fraction of the level so a perfectly flat history does not make every wobble infinite. */
  sigma(level: number): number {
    return Math.max(this.spread, MIN_SPREAD_OF_LEVEL * Math.abs(level)) * MEAN_ABS_DEV_TO_SIGMA;
  }

  /** Bursty series (most social volume) see 10-σ moves every week: the RMS of recent clipped residuals raises the
   *  bar for them, while a quiet series keeps the robust σ. */
  scale(level: number): number {
    return Math.max(this.sigma(level), Math.sqrt(this.burstVariance));
  }

  /** z of the residual, then learn from it. */
  next(residual: number, level: number, stepMs: number): number {
    const sigma = this.sigma(level);
    const scale = this.scale(level);
    const z = scale > 0 ? residual / scale : residual > 0 ? Infinity : 0;
    const size = Math.abs(residual);
    const burst = sigma > 0 ? Math.min(size, this.o.burstClip * sigma) : size;
    this.burstVariance += decayWeight(stepMs, this.o.burstHalfLifeMs) * (burst * burst - this.burstVariance);
    const typical = sigma > 0 ? Math.min(size, this.o.clip * sigma) : size;
    this.spread += decayWeight(stepMs, this.o.spreadHalfLifeMs) * (typical - this.spread);
    return z;
  }
}

/**
 * Robust z of each point against a causal baseline: level + time-of-day profile on sqrt(value), tracked by
 * clipped (Huber-like) exponential averages so a spike barely moves its own baseline. Two views of the residual
 * are scored and the larger z wins: the point itself (a sudden burst) and its short exponential average (a
 * sustained rise of a few hours that no single point makes obvious). NaN during warm-up and for unusable values.
 */
export function spikeZ(points: readonly SeriesPoint[], options: Partial<SpikeScorerOptions> = {}): number[] {
  const o = { ...DEFAULT_SPIKE_OPTIONS, ...options };
  const z = new Array<number>(points.length).fill(NaN);
  const warmup: number[] = [];
  const season = new Float64Array(24);
  let level = 0;
  let deviation: Deviation | undefined;
  let sustained = 0;
  let firstMs = NaN;
  let lastMs = NaN;
  let stepMs = HOUR_MS;
  for (let i = 0; i < points.length; i++) {
    const { value } = points[i] ?? {};
    if (!isUsableValue(value)) continue;
    const x = Math.sqrt(value);
    const ms = timeMs(points[i].t);
    if (Number.isFinite(ms)) {
      if (Number.isFinite(lastMs) && ms > lastMs) stepMs = ms - lastMs;
      if (!Number.isFinite(firstMs)) firstMs = ms;
      lastMs = ms;
    }
    if (!deviation) {
      warmup.push(x);
      if (warmup.length === o.warmupPoints) {
        const sorted = [...warmup].sort((a, b) => a - b);
        level = median(sorted);
        const spread = sorted.reduce((sum, v) => sum + Math.abs(v - level), 0) / sorted.length;
        deviation = new Deviation(spread, o);
      }
      continue;
    }
    const hour = Number.isFinite(ms) ? (((Math.floor(ms / HOUR_MS) % 24) + 24) % 24) : -1;
    const useSeason = o.seasonHalfLifeMs > 0 && hour >= 0 && ms - firstMs >= o.seasonAfterMs;
    const residual = x - level - (useSeason ? season[hour] : 0);
    const limit = o.clip * deviation.sigma(level);
    // The short average gets the EWMA-chart limit √(w/(2−w)) of the point scale: a few hours of moderate excess
    // add up, as they do in the labelled events where no single bucket stands out.
    const w = decayWeight(stepMs, o.sustainedHalfLifeMs);
    sustained += w * (residual - sustained);
    const sustainedScale = deviation.scale(level) * Math.sqrt(w / (2 - w));
    const sustainedZ = sustainedScale > 0 ? sustained / sustainedScale : sustained > 0 ? Infinity : 0;
    z[i] = Math.max(deviation.next(residual, level, stepMs), o.sustainedHalfLifeMs > 0 ? sustainedZ : -Infinity);
    const clipped = limit > 0 ? Math.max(-limit, Math.min(limit, residual)) : residual;
    level += decayWeight(stepMs, o.levelHalfLifeMs) * clipped;
    // Each hour of the day is updated 1/24 of the time, hence 24 steps' worth of decay per update.
    if (hour >= 0 && o.seasonHalfLifeMs > 0) season[hour] += decayWeight(24 * stepMs, o.seasonHalfLifeMs) * (clipped - (useSeason ? 0 : season[hour]));
  }
  return z;
}

/** Spike score 0..1 per point (0 during warm-up and for unusable values); echoes each point's t. */
export function scoreSeries(points: readonly SeriesPoint[], options: Partial<SpikeScorerOptions> = {}): ScoredPoint[] {
  const z = spikeZ(points, options);
  return points.map((p, i) => ({ t: p.t, score: zToScore(z[i]) }));
}
