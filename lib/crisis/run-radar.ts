// One radar pass: for each watch, gather its window, let the level rules judge it, and keep the flag.
// The rules are pure and come in as deps (lib/crisis/levels.ts and the detectors); this file is the
// part that touches the database, so a failing watch is reported and the others still run.
import type { Watch } from '../watch/types';
import { gatherWindow, readRollups, bucketHours } from './gather';
import { isOpenFlag, type RadarDb } from './radar-db';
import { LEVEL_ORDER, type CrisisFlag, type LevelSettings, type WatchWindow, type WindowVerdict } from './types';
import { SLOW_WINDOW_HOURS } from './window-hours';

export interface RadarDeps {
  evaluateWindow(window: WatchWindow, settings: LevelSettings): WindowVerdict;
  nextFlag(previous: CrisisFlag | undefined, verdict: WindowVerdict, now: string, settings: LevelSettings, ids: { newId(): string; watchId: string }): CrisisFlag | undefined;
  newId?: () => string;
  warn?: (text: string) => void;
}

export interface RadarChange {
  change: 'raised' | 'escalated';
  flag: CrisisFlag;
  watch: Watch;
  previousLevel?: CrisisFlag['level'];
}

export const DEFAULT_COOLDOWN_MINUTES = 60;
export const DEFAULT_QUIET_WINDOWS = 2;

export function levelSettingsOf(watch: Watch): LevelSettings {
  return { sensitivity: watch.sensitivity, cooldownMinutes: DEFAULT_COOLDOWN_MINUTES, stepDownAfterQuietWindows: DEFAULT_QUIET_WINDOWS };
}

/** The flag of this watch the user still works on (the newest, should there ever be two). */
export async function openFlagOf(db: RadarDb, watchId: string): Promise<CrisisFlag | undefined> {
  const flags = await db.flags.where('watchId').equals(watchId).toArray();
  return flags.filter(isOpenFlag).sort((a, b) => b.raisedAt.localeCompare(a.raisedAt))[0];
}

function changeOf(previous: CrisisFlag | undefined, next: CrisisFlag): RadarChange['change'] | undefined {
  if (!previous || previous.id !== next.id) return 'raised';
  return LEVEL_ORDER.indexOf(next.level) > LEVEL_ORDER.indexOf(previous.level) ? 'escalated' : undefined;
}

async function judgeWatch(db: RadarDb, watch: Watch, window: WatchWindow, nowIso: string, deps: RadarDeps): Promise<RadarChange | undefined> {
  const settings = levelSettingsOf(watch);
  const verdict = deps.evaluateWindow(window, settings);
  const newId = deps.newId ?? (() => crypto.randomUUID());
  // Read and write in one transaction: a stage change the user makes meanwhile is not overwritten.
  return db.transaction('rw', db.flags, async () => {
    const previous = await openFlagOf(db, watch.id);
    const next = deps.nextFlag(previous, verdict, nowIso, settings, { newId, watchId: watch.id });
    if (!next || (previous && JSON.stringify(previous) === JSON.stringify(next))) return undefined;
    await db.flags.put(next);
    const change = changeOf(previous, next);
    return change && { change, flag: next, watch, previousLevel: previous?.id === next.id ? previous.level : undefined };
  });
}

/** Runs every watch once; returns the flags newly raised or escalated (what is worth telling the user). */
export async function runRadar(db: RadarDb, now: Date, deps: RadarDeps): Promise<RadarChange[]> {
  const watches = await db.watches.toArray();
  if (watches.length === 0) return [];
  // Every watch reads the same hourly browsing volume: read it once for the longest window.
  const hours = bucketHours(now, SLOW_WINDOW_HOURS);
  const rollups = await readRollups(db, hours[0], hours[hours.length - 1]);
  const nowIso = now.toISOString();
  const changes: RadarChange[] = [];
  for (const watch of watches) {
    try {
      const window = await gatherWindow(db, watch, now, { rollups });
      const change = await judgeWatch(db, watch, window, nowIso, deps);
      if (change) changes.push(change);
    } catch (error) {
      deps.warn?.(`Earshot radar: watch "${watch.name}" (${watch.id}) was not evaluated: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return changes;
}
