import { describe, expect, it } from 'vitest';
import { scoreSeries, SPIKE_ALARM_SCORE, timeMs, zToScore, scoreToZ, type SeriesPoint } from './score-series';

const HOUR = 3_600_000;
const START = Date.UTC(2025, 0, 6);

/** Deterministic noise (mulberry32) so every run sees the same synthetic series. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mention counts per step: a mean per step with Poisson-like noise (normal approximation, sd √mean). */
function counts(steps: number, stepMs: number, meanAt: (step: number) => number, seed: number): SeriesPoint[] {
  const rand = random(seed);
  return Array.from({ length: steps }, (_, i) => {
    const m = meanAt(i);
    const gauss = Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
    return { t: new Date(START + i * stepMs).toISOString(), value: Math.max(0, Math.round(m + Math.sqrt(m) * gauss)) };
  });
}
const hourly = (days: number, meanAt: (hour: number) => number, seed = 1) => counts(days * 24, HOUR, meanAt, seed);

const scores = (points: SeriesPoint[]) => scoreSeries(points).map(p => p.score);
const maxAfter = (s: number[], from: number) => Math.max(...s.slice(from));
const dailyCycle = (h: number) => 40 + 30 * Math.sin((2 * Math.PI * (h % 24)) / 24);

describe('scoreSeries', () => {
  it('is causal: changing later points never changes earlier scores', () => {
    const base = hourly(10, dailyCycle);
    const before = scores(base);
    const changed = base.map((p, i) => (i >= 150 ? { ...p, value: p.value * 7 + 3 } : p));
    const after = scores(changed);
    expect(after.slice(0, 150)).toEqual(before.slice(0, 150));
    expect(after.slice(150)).not.toEqual(before.slice(150));
  });

  it('scores a series multiplied by a constant the same (volume is normalised by browsing)', () => {
    const base = hourly(10, dailyCycle);
    base[200] = { ...base[200], value: 400 };
    const original = scores(base);
    for (const k of [2, 0.37, 1000]) {
      const scaled = scores(base.map(p => ({ ...p, value: p.value * k })));
      scaled.forEach((s, i) => expect(s).toBeCloseTo(original[i], 9));
    }
  });

  it('gives a clear spike a score over the alarm line, and nothing before it', () => {
    const points = hourly(10, () => 50);
    points[180] = { ...points[180], value: 400 };
    const s = scores(points);
    expect(s[180]).toBeGreaterThan(SPIKE_ALARM_SCORE);
    expect(maxAfter(s.slice(0, 180), 0)).toBeLessThan(SPIKE_ALARM_SCORE);
  });

  it('flags a sustained rise of a few hours that no single 5-minute bucket makes extreme', () => {
    const perDay = 288;
    const rise = 5 * perDay; // two hours at ×4 after five days
    const points = counts(6 * perDay, 300_000, i => (i >= rise && i < rise + 24 ? 20 : 5), 3);
    const s = scores(points);
    const pointsOnly = scoreSeries(points, { sustainedHalfLifeMs: 0 }).map(p => p.score);
    expect(maxAfter(pointsOnly.slice(rise, rise + 24), 0)).toBeLessThan(0.5);
    expect(maxAfter(s.slice(0, rise), 24)).toBeLessThan(SPIKE_ALARM_SCORE);
    expect(maxAfter(s.slice(rise, rise + 24), 0)).toBeGreaterThan(SPIKE_ALARM_SCORE);
  });

  it('keeps a flat noisy series low', () => {
    const s = scores(hourly(14, () => 30, 7));
    expect(maxAfter(s, 24)).toBeLessThan(SPIKE_ALARM_SCORE);
    const sorted = s.slice(24).sort((a, b) => a - b);
    expect(sorted[sorted.length >> 1]).toBeLessThan(0.1);
  });

  it('does not alarm on a slowly rising baseline or on the daily cycle', () => {
    const rising = scores(hourly(21, h => 20 + h * 0.12, 11)); // 20 → 80 mentions an hour over three weeks
    expect(maxAfter(rising, 24)).toBeLessThan(SPIKE_ALARM_SCORE);
    const seasonal = scores(hourly(21, dailyCycle, 13)); // 10 at night, 70 in the evening
    expect(maxAfter(seasonal, 24)).toBeLessThan(SPIKE_ALARM_SCORE);
  });

  it('scores 0 during the warm-up, even for a huge value', () => {
    const points = hourly(2, () => 20);
    points[5] = { ...points[5], value: 5000 };
    const s = scores(points);
    expect(s.slice(0, 12)).toEqual(new Array(12).fill(0));
    expect(s[12]).toBeGreaterThan(0);
  });

  it('handles empty and single-point input', () => {
    expect(scoreSeries([])).toEqual([]);
    expect(scoreSeries([{ t: '2025-01-06T00:00:00.000Z', value: 3 }])).toEqual([{ t: '2025-01-06T00:00:00.000Z', score: 0 }]);
  });

  it('scores unusable values 0 and scores the rest as if they were absent', () => {
    const clean = hourly(5, () => 40);
    const broken = clean.flatMap((p, i) => (i % 10 === 5 ? [p, { t: p.t, value: [NaN, -4, Infinity][i % 3] }] : [p]));
    const brokenScores = scores(broken);
    broken.forEach((p, i) => { if (!(p.value >= 0 && Number.isFinite(p.value))) expect(brokenScores[i]).toBe(0); });
    expect(brokenScores.filter((_, i) => Number.isFinite(broken[i].value) && broken[i].value >= 0)).toEqual(scores(clean));
    expect(scoreSeries([{ t: 'x', value: null as unknown as number }])).toEqual([{ t: 'x', score: 0 }]);
  });

  it('accepts ISO strings and epoch ms alike and echoes the input t', () => {
    const iso = hourly(4, () => 25);
    const epoch = iso.map(p => ({ t: Date.parse(p.t as string), value: p.value }));
    const a = scoreSeries(iso);
    const b = scoreSeries(epoch);
    expect(b.map(p => p.t)).toEqual(epoch.map(p => p.t));
    expect(a.map(p => p.t)).toEqual(iso.map(p => p.t));
    expect(b.map(p => p.score)).toEqual(a.map(p => p.score));
  });
});

describe('score helpers', () => {
  it('reads zone-less timestamps as UTC', () => {
    expect(timeMs('2015-02-26 21:42:53')).toBe(Date.UTC(2015, 1, 26, 21, 42, 53));
    expect(timeMs('2015-02-26T21:42:53+08:00')).toBe(Date.UTC(2015, 1, 26, 13, 42, 53));
    expect(timeMs('yesterday')).toBeNaN();
  });

  it('maps z to 0..1 monotonically and back', () => {
    expect(zToScore(NaN)).toBe(0);
    expect(zToScore(Infinity)).toBe(1);
    expect(zToScore(0)).toBeLessThan(0.1);
    expect(zToScore(6)).toBeCloseTo(0.5);
    expect(scoreToZ(zToScore(11.5))).toBeCloseTo(11.5, 9);
  });
});
