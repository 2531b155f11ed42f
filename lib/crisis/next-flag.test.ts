import { describe, expect, it } from 'vitest';
import { nextFlag } from './next-flag';
import { DEFAULT_LEVEL_SETTINGS } from './thresholds';
import type { CrisisFlag, CrisisLevel, FlagEvidence, WindowVerdict } from './types';

const settings = DEFAULT_LEVEL_SETTINGS; // cooldown 60 min, step down after 2 quiet windows
const T0 = Date.parse('2026-03-02T10:00:00.000Z');
const at = (minutes: number) => new Date(T0 + minutes * 60_000).toISOString();
let ids = 0;
const flagIds = { newId: () => `flag-${++ids}`, watchId: 'w1' };

const evidence = (...recordIds: string[]): FlagEvidence[] => recordIds.map((recordId) => ({ recordId, kind: 'comment', platform: 'weibo', text: recordId }));
const verdict = (level?: CrisisLevel, ...recordIds: string[]): WindowVerdict => ({
  ...(level ? { level } : {}),
  types: level ? ['quality'] : [],
  reasons: level ? [{ signal: 'negative_share', value: 0.5, threshold: 0.3, detail: level }] : [],
  evidence: evidence(...(recordIds.length ? recordIds : level ? [`r-${level}`] : [])),
});
const quiet = verdict();

function run(steps: [minutes: number, v: WindowVerdict][], start?: CrisisFlag): CrisisFlag | undefined {
  let flag = start;
  for (const [minutes, v] of steps) flag = nextFlag(flag, v, at(minutes), settings, flagIds) ?? flag;
  return flag;
}

describe('nextFlag: raising', () => {
  it('keeps nothing when there is no flag and no trouble', () => {
    expect(nextFlag(undefined, quiet, at(0), settings, flagIds)).toBeUndefined();
  });

  it('raises a new flag with a response target for its level', () => {
    const flag = nextFlag(undefined, verdict('orange', 'a', 'b'), at(0), settings, flagIds)!;
    expect(flag).toMatchObject({
      watchId: 'w1', level: 'orange', peakLevel: 'orange', stage: 'identified', types: ['quality'],
      raisedAt: at(0), updatedAt: at(0), levelChangedAt: at(0), quietWindows: 0, respondBy: at(60),
      history: [{ at: at(0), event: 'raised', to: 'orange' }],
    });
    expect(flag.id).toMatch(/^flag-\d+$/);
    expect(flag.evidence.map((e) => e.recordId)).toEqual(['a', 'b']);
    expect(nextFlag(undefined, verdict('red'), at(0), settings, flagIds)!.respondBy).toBe(at(30));
    expect(nextFlag(undefined, verdict('blue'), at(0), settings, flagIds)!.respondBy).toBe(at(240));
  });
});

describe('nextFlag: escalation', () => {
  it('escalates at once, even within the cooldown, with a new response target and a history entry', () => {
    const yellow = { ...run([[0, verdict('yellow')]])!, stage: 'assessed' as const, owner: 'Li' };
    const orange = nextFlag(yellow, verdict('orange', 'star-1', 'star-2'), at(5), settings, flagIds)!;
    expect(orange).toMatchObject({ id: yellow.id, level: 'orange', peakLevel: 'orange', levelChangedAt: at(5), stage: 'assessed', owner: 'Li', raisedAt: at(0) });
    // yellow's target was 120 min after raising; orange's is 60 min after escalating — the earlier one wins
    expect(orange.respondBy).toBe(at(65));
    expect(orange.history.at(-1)).toEqual({ at: at(5), event: 'level', from: 'yellow', to: 'orange' });
    expect(orange.evidence.map((e) => e.recordId)).toEqual(['star-1', 'star-2', 'r-yellow']);
    expect(orange.reasons[0].detail).toBe('orange');
  });

  it('never gives more time on escalation than the team already had', () => {
    const blue = run([[0, verdict('blue')]])!; // respondBy +240
    expect(nextFlag(blue, verdict('yellow'), at(200), settings, flagIds)!.respondBy).toBe(at(240));
  });

  it('refreshes reasons and evidence at the same level without touching the level time', () => {
    const flag = run([[0, verdict('yellow', 'a')], [20, quiet], [30, verdict('yellow', 'b')]])!;
    expect(flag).toMatchObject({ level: 'yellow', levelChangedAt: at(0), quietWindows: 0, updatedAt: at(30) });
    expect(flag.evidence.map((e) => e.recordId)).toEqual(['b', 'a']);
    expect(flag.history).toHaveLength(1);
  });

  it('keeps the top five evidence records', () => {
    const flag = run([[0, verdict('yellow', 'a', 'b', 'c')], [10, verdict('yellow', 'd', 'e', 'f')]])!;
    expect(flag.evidence.map((e) => e.recordId)).toEqual(['d', 'e', 'f', 'a', 'b']);
  });
});

describe('nextFlag: step-down and cooldown', () => {
  it('steps down one level only after two quiet windows, and counts them', () => {
    const red = run([[0, verdict('red')]])!;
    const once = nextFlag(red, quiet, at(70), settings, flagIds)!;
    expect(once).toMatchObject({ level: 'red', quietWindows: 1 });
    const twice = nextFlag(once, quiet, at(80), settings, flagIds)!;
    expect(twice).toMatchObject({ level: 'orange', peakLevel: 'red', quietWindows: 0, levelChangedAt: at(80) });
    expect(twice.history.at(-1)).toEqual({ at: at(80), event: 'level', from: 'red', to: 'orange', note: '2 quiet windows' });
  });

  it('a lower verdict is quiet for the current level; a verdict at the level resets the count', () => {
    const flag = run([[0, verdict('orange')], [70, verdict('yellow')], [80, verdict('orange')], [90, verdict('blue')]])!;
    expect(flag).toMatchObject({ level: 'orange', quietWindows: 1 });
  });

  it('does not step down within the cooldown after the last change', () => {
    const flag = run([[0, verdict('orange')], [10, quiet], [20, quiet], [30, quiet]])!;
    expect(flag).toMatchObject({ level: 'orange', quietWindows: 3 });
    expect(nextFlag(flag, quiet, at(61), settings, flagIds)!.level).toBe('yellow');
  });

  it('stays blue when quiet (only the user resolves a flag)', () => {
    const flag = run([[0, verdict('blue')], [70, quiet], [80, quiet], [90, quiet]])!;
    expect(flag).toMatchObject({ level: 'blue', quietWindows: 3 });
  });

  it('does not re-raise the level it just stepped down from within the cooldown, but escalates beyond it', () => {
    const stepped = run([[0, verdict('orange')], [70, quiet], [80, quiet]])!; // orange → yellow at 80
    expect(stepped.level).toBe('yellow');
    const held = nextFlag(stepped, verdict('orange'), at(90), settings, flagIds)!;
    expect(held).toMatchObject({ level: 'yellow', quietWindows: 0, levelChangedAt: at(80) });
    expect(nextFlag(stepped, verdict('red'), at(90), settings, flagIds)!.level).toBe('red');
    expect(nextFlag(stepped, verdict('orange'), at(141), settings, flagIds)!.level).toBe('orange');
  });
});

describe('nextFlag: after resolution', () => {
  const resolved = (): CrisisFlag => {
    const flag = run([[0, verdict('orange', 'a', 'b')]])!;
    return { ...flag, stage: 'resolved', owner: 'Li', history: [...flag.history, { at: at(20), event: 'stage', from: 'tracking', to: 'resolved' }] };
  };

  it('is not reopened by the same window', () => {
    expect(nextFlag(resolved(), verdict('orange', 'a', 'b'), at(25), settings, flagIds)).toBeUndefined();
    expect(nextFlag(resolved(), verdict('orange', 'b'), at(300), settings, flagIds)).toBeUndefined();
    expect(nextFlag(resolved(), quiet, at(25), settings, flagIds)).toBeUndefined();
    expect(nextFlag({ ...resolved(), stage: 'reviewed' }, verdict('red', 'a'), at(25), settings, flagIds)).toBeUndefined();
  });

  it('raises a NEW flag for new trouble: at once when worse, after the cooldown otherwise', () => {
    expect(nextFlag(resolved(), verdict('yellow', 'c'), at(40), settings, flagIds)).toBeUndefined();
    const worse = nextFlag(resolved(), verdict('red', 'c'), at(40), settings, flagIds)!;
    expect(worse.id).not.toBe(resolved().id);
    expect(worse).toMatchObject({ level: 'red', stage: 'identified', raisedAt: at(40), history: [{ event: 'raised', to: 'red' }] });
    expect(worse.owner).toBeUndefined();
    const later = nextFlag(resolved(), verdict('orange', 'c'), at(81), settings, flagIds)!;
    expect(later).toMatchObject({ level: 'orange', stage: 'identified' });
  });
});
