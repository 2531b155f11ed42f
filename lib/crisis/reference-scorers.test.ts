import { describe, expect, it } from 'vitest';
import { ewmaControlScores, trailingZScores } from './reference-scorers';
import { zToScore, type SeriesPoint } from './score-series';

const series = (values: number[]): SeriesPoint[] => values.map((value, i) => ({ t: i * 300_000, value }));
const wobble = (n: number, level: number) => Array.from({ length: n }, (_, i) => level + ((i * 7) % 5) - 2);

describe('trailingZScores', () => {
  it('scores the z of a value against the previous window', () => {
    const out = trailingZScores(series([1, 2, 3, 4, 10]), 4);
    // mean 2.5, population sd √1.25
    expect(out[4].score).toBeCloseTo(zToScore(7.5 / Math.sqrt(1.25)), 12);
    expect(out.slice(0, 4).map(p => p.score)).toEqual([0, 0, 0, 0]);
  });

  it('forgets values older than the window', () => {
    const values = [...wobble(20, 10), 500, ...wobble(20, 10), 500];
    const out = trailingZScores(series(values), 10);
    expect(out[41].score).toBeCloseTo(out[20].score, 6);
  });

  it('is causal and skips unusable values', () => {
    const values = [...wobble(30, 20), 90, ...wobble(5, 20)];
    const a = trailingZScores(series(values), 12);
    const b = trailingZScores(series([...values.slice(0, 31), 1e6, NaN, -1]), 12);
    expect(b.slice(0, 31)).toEqual(a.slice(0, 31));
    expect(b[32].score).toBe(0);
    expect(b[33].score).toBe(0);
    expect(a[30].score).toBeGreaterThan(0.99);
  });
});

describe('ewmaControlScores', () => {
  it('stays low on a steady series and rises on a step', () => {
    const out = ewmaControlScores(series([...wobble(300, 50), ...new Array(10).fill(80)]));
    expect(Math.max(...out.slice(150, 300).map(p => p.score))).toBeLessThan(0.5);
    expect(out[303].score).toBeGreaterThan(0.99);
  });

  it('is causal, echoes t and scores unusable values 0', () => {
    const values = wobble(50, 30);
    const a = ewmaControlScores(series(values));
    const b = ewmaControlScores(series([...values.slice(0, 40), NaN, 900]));
    expect(b.slice(0, 40)).toEqual(a.slice(0, 40));
    expect(b[40]).toEqual({ t: 40 * 300_000, score: 0 });
    expect(b[0].score).toBe(0);
  });
});
