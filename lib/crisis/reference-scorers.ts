// Two textbook spike scorers to measure Earshot's against (npm run eval:spikes). Same input/output shape and the
// same z → score map as scoreSeries, so one threshold means the same number of standard deviations for all three.
// Both work on the raw values (as the A.3 tools describe them), are causal, and skip unusable values.
import { isUsableValue, zToScore, type ScoredPoint, type SeriesPoint } from './score-series';

/** z of each point against the mean and standard deviation of the previous `window` usable values (A.3: "z-score"). */
export function trailingZScores(points: readonly SeriesPoint[], window = 288): ScoredPoint[] {
  const ring = new Float64Array(window);
  let count = 0;
  let next = 0;
  let sum = 0;
  let sumSquares = 0;
  return points.map(({ t, value }) => {
    if (!isUsableValue(value)) return { t, score: 0 };
    let score = 0;
    if (count >= Math.min(window, 12)) {
      const mean = sum / count;
      const sd = Math.sqrt(Math.max(0, sumSquares / count - mean * mean));
      score = zToScore(sd > 0 ? (value - mean) / sd : value > mean ? Infinity : 0);
    }
    if (count === window) {
      sum -= ring[next];
      sumSquares -= ring[next] * ring[next];
    } else count++;
    ring[next] = value;
    next = (next + 1) % window;
    sum += value;
    sumSquares += value * value;
    return { t, score };
  });
}

export interface EwmaChartOptions { lambda: number; baselineAlpha: number }

/**
 * EWMA control chart: the smoothed statistic E = λ·x + (1−λ)·E against limits μ ± L·σ·√(λ/(2−λ)), where the
 * in-control μ and σ are themselves slow exponential averages of the past values. Returns the L at each point.
 */
export function ewmaControlScores(points: readonly SeriesPoint[], options: Partial<EwmaChartOptions> = {}): ScoredPoint[] {
  const { lambda, baselineAlpha } = { lambda: 0.3, baselineAlpha: 1 / 288, ...options };
  const limitFactor = Math.sqrt(lambda / (2 - lambda));
  let seen = 0;
  let mean = 0;
  let variance = 0;
  let smoothed = 0;
  return points.map(({ t, value }) => {
    if (!isUsableValue(value)) return { t, score: 0 };
    seen++;
    if (seen === 1) {
      mean = smoothed = value;
      return { t, score: 0 };
    }
    smoothed = lambda * value + (1 - lambda) * smoothed;
    const sigma = Math.sqrt(variance) * limitFactor;
    const z = sigma > 0 ? (smoothed - mean) / sigma : smoothed > mean ? Infinity : 0;
    const score = seen > 12 ? zToScore(z) : 0;
    const deviation = value - mean;
    mean += baselineAlpha * deviation;
    variance = (1 - baselineAlpha) * (variance + baselineAlpha * deviation * deviation);
    return { t, score };
  });
}
