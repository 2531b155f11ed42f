// How alarms are counted against labelled windows. An alarm is a scored point with score ≥ threshold. Alarm points
// outside every window form runs; a run ends when no alarm follows within the cooldown, and each run is ONE false
// alarm (a user is notified once per run). A window is caught when any alarm point falls inside it; its delay is
// first alarm − window start.
import type { LabelledWindow } from './spikes-data';

export interface AlarmCount {
  windows: number;
  caught: number;
  falseAlarms: number;
  /** Minutes from window start to the first alarm inside it, for caught windows. */
  delays: number[];
  /** Minutes from NAB's labelled anomaly point to the first alarm (negative = before it), for caught windows. */
  vsLabel: number[];
}

export const COOLDOWN_MS = 60 * 60_000;

export function countAlarms(ms: readonly number[], scores: readonly number[], threshold: number,
  windows: readonly LabelledWindow[], scoredFromMs: number): AlarmCount {
  const scored = windows.filter(w => w.endMs >= scoredFromMs);
  const firstAlarm = new Array<number>(scored.length).fill(NaN);
  let falseAlarms = 0;
  let lastOutside = -Infinity;
  for (let i = 0; i < ms.length; i++) {
    if (ms[i] < scoredFromMs || !(scores[i] >= threshold)) continue;
    const w = scored.findIndex(win => ms[i] >= win.startMs && ms[i] <= win.endMs);
    if (w >= 0) {
      if (Number.isNaN(firstAlarm[w])) firstAlarm[w] = ms[i];
      continue;
    }
    if (ms[i] - lastOutside > COOLDOWN_MS) falseAlarms++;
    lastOutside = ms[i];
  }
  const caughtIdx = scored.map((_, i) => i).filter(i => !Number.isNaN(firstAlarm[i]));
  return {
    windows: scored.length,
    caught: caughtIdx.length,
    falseAlarms,
    delays: caughtIdx.map(i => (firstAlarm[i] - Math.max(scored[i].startMs, scoredFromMs)) / 60_000),
    vsLabel: caughtIdx.filter(i => scored[i].labelMs !== undefined).map(i => (firstAlarm[i] - scored[i].labelMs!) / 60_000),
  };
}

export function addCounts(a: AlarmCount, b: AlarmCount): AlarmCount {
  return {
    windows: a.windows + b.windows, caught: a.caught + b.caught, falseAlarms: a.falseAlarms + b.falseAlarms,
    delays: [...a.delays, ...b.delays], vsLabel: [...a.vsLabel, ...b.vsLabel],
  };
}

export const emptyCount = (): AlarmCount => ({ windows: 0, caught: 0, falseAlarms: 0, delays: [], vsLabel: [] });

export const mean = (xs: number[]) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : NaN);
export function medianOf(xs: number[]): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** All alarm runs after probation, inside windows or not: what a user would be notified of. Needs no labels. */
export function alarmRuns(ms: readonly number[], scores: readonly number[], threshold: number, scoredFromMs: number): number {
  let runs = 0;
  let last = -Infinity;
  for (let i = 0; i < ms.length; i++) {
    if (ms[i] < scoredFromMs || !(scores[i] >= threshold)) continue;
    if (ms[i] - last > COOLDOWN_MS) runs++;
    last = ms[i];
  }
  return runs;
}
