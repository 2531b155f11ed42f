// The flag state machine across windows: raise, escalate at once, cooldown, step down only after quiet windows.
// Pure: the previous flag and this window's verdict in, the flag to store out (undefined: nothing to store).
import { EVIDENCE_LIMIT } from './evidence';
import {
  LEVEL_ORDER, RESPONSE_TARGET_MINUTES,
  type CrisisFlag, type CrisisLevel, type FlagEvidence, type FlagStage, type LevelSettings, type WindowVerdict,
} from './types';

export interface FlagIds {
  newId(): string;
  watchId: string;
}

const CLOSED: readonly FlagStage[] = ['resolved', 'reviewed'];
const MINUTE_MS = 60_000;
const rank = (level: CrisisLevel) => LEVEL_ORDER.indexOf(level);
const minutesBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / MINUTE_MS;
const addMinutes = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * MINUTE_MS).toISOString();

export const isClosed = (flag: Pick<CrisisFlag, 'stage'>) => CLOSED.includes(flag.stage);

function raise(verdict: WindowVerdict & { level: CrisisLevel }, now: string, watchId: string, id: string): CrisisFlag {
  return {
    id,
    watchId,
    level: verdict.level,
    peakLevel: verdict.level,
    types: [...verdict.types],
    stage: 'identified',
    reasons: verdict.reasons,
    evidence: verdict.evidence.slice(0, EVIDENCE_LIMIT),
    raisedAt: now,
    updatedAt: now,
    levelChangedAt: now,
    quietWindows: 0,
    respondBy: addMinutes(now, RESPONSE_TARGET_MINUTES[verdict.level]),
    history: [{ at: now, event: 'raised', to: verdict.level }],
  };
}

/** This window's evidence first (it is ordered most-liked negative first), then earlier evidence, top 5. */
function mergeEvidence(fresh: readonly FlagEvidence[], kept: readonly FlagEvidence[]): FlagEvidence[] {
  const ids = new Set(fresh.map((e) => e.recordId));
  return [...fresh, ...kept.filter((e) => !ids.has(e.recordId))].slice(0, EVIDENCE_LIMIT);
}

/** Same window, seen again: every record it cites was already cited by the flag. */
function sameEvidence(flag: CrisisFlag, verdict: WindowVerdict): boolean {
  const cited = new Set(flag.evidence.map((e) => e.recordId));
  return verdict.evidence.every((e) => cited.has(e.recordId));
}

function closedAt(flag: CrisisFlag): string {
  const entry = [...flag.history].reverse().find((h) => h.event === 'stage' && h.to && CLOSED.includes(h.to as FlagStage));
  return entry?.at ?? flag.updatedAt;
}

/** The level a recent step-down came from, while its cooldown lasts: re-raising to it would be flapping. */
function recentHigh(flag: CrisisFlag, now: string, settings: LevelSettings): CrisisLevel | undefined {
  if (minutesBetween(flag.levelChangedAt, now) >= settings.cooldownMinutes) return undefined;
  const last = [...flag.history].reverse().find((h) => h.event === 'level');
  const from = last?.from as CrisisLevel | undefined;
  const to = last?.to as CrisisLevel | undefined;
  return from && to && LEVEL_ORDER.includes(from) && rank(from) > rank(to) ? from : undefined;
}

function refresh(flag: CrisisFlag, verdict: WindowVerdict, now: string): CrisisFlag {
  return {
    ...flag,
    types: [...new Set([...verdict.types, ...flag.types])],
    reasons: verdict.reasons,
    evidence: mergeEvidence(verdict.evidence, flag.evidence),
    quietWindows: 0,
    updatedAt: now,
  };
}

/**
 * The flag to store after this window, or undefined when there is nothing to store (no flag and no trouble, or a
 * closed flag and nothing new). Rules (LEVEL_GUARDS): a higher level applies at once, with a new response target;
 * the same level refreshes reasons and evidence; a quieter window counts towards stepping down one level, which
 * happens after `stepDownAfterQuietWindows` of them and not within the cooldown; after a step-down, the level it
 * came from is not raised again within the cooldown. A resolved or reviewed flag is never reopened: trouble with
 * new evidence raises a new flag, and only after the cooldown unless it is worse than the closed one.
 */
export function nextFlag(previous: CrisisFlag | undefined, verdict: WindowVerdict, now: string, settings: LevelSettings, ids: FlagIds): CrisisFlag | undefined {
  const level = verdict.level;
  if (!previous || isClosed(previous)) {
    if (!level) return undefined;
    if (previous) {
      if (sameEvidence(previous, verdict)) return undefined;
      if (rank(level) <= rank(previous.level) && minutesBetween(closedAt(previous), now) < settings.cooldownMinutes) return undefined;
    }
    return raise({ ...verdict, level }, now, ids.watchId, ids.newId());
  }

  const current = previous.level;
  if (level && rank(level) > rank(current)) {
    const high = recentHigh(previous, now, settings);
    if (high && rank(level) <= rank(high)) return { ...previous, quietWindows: 0, updatedAt: now };
    const target = addMinutes(now, RESPONSE_TARGET_MINUTES[level]);
    return {
      ...refresh(previous, verdict, now),
      level,
      peakLevel: rank(level) > rank(previous.peakLevel) ? level : previous.peakLevel,
      levelChangedAt: now,
      // An escalation never gives the team more time than it already had.
      respondBy: previous.respondBy > now && previous.respondBy < target ? previous.respondBy : target,
      history: [...previous.history, { at: now, event: 'level', from: current, to: level }],
    };
  }
  if (level === current) return refresh(previous, verdict, now);

  const quietWindows = previous.quietWindows + 1;
  const cooled = minutesBetween(previous.levelChangedAt, now) >= settings.cooldownMinutes;
  if (quietWindows >= settings.stepDownAfterQuietWindows && cooled && rank(current) > 0) {
    const lower = LEVEL_ORDER[rank(current) - 1];
    return {
      ...previous,
      level: lower,
      levelChangedAt: now,
      quietWindows: 0,
      updatedAt: now,
      history: [...previous.history, { at: now, event: 'level', from: current, to: lower, note: `${quietWindows} quiet windows` }],
    };
  }
  return { ...previous, quietWindows, updatedAt: now };
}
