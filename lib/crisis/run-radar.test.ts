import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RadarDb } from './radar-db';
import { runRadar, type RadarDeps } from './run-radar';
import { openRadarTestDb } from './test-radar-db';
import { testFlag, testWatch } from './test-flags';
import type { CrisisFlag, CrisisLevel, WindowVerdict } from './types';

const NOW = new Date('2026-11-26T12:20:00.000Z');
const HOUR = '2026-11-26T12:00:00.000Z';
let db: RadarDb;
afterEach(() => db?.close());

/** Stand-in rules: the level is read off the current bucket's negatives, so a test sets it through the rollups. */
function fakeRules(): RadarDeps & { seen: { previous?: CrisisFlag; sensitivity: string }[] } {
  const seen: { previous?: CrisisFlag; sensitivity: string }[] = [];
  let ids = 0;
  return {
    seen,
    newId: () => `flag-${++ids}`,
    evaluateWindow: (window) => {
      const negative = window.buckets.at(-1)!.negative;
      const level: CrisisLevel | undefined = negative >= 20 ? 'red' : negative >= 5 ? 'orange' : undefined;
      return { level, types: [], reasons: level ? [{ signal: 'negative_count', value: negative, threshold: 5 }] : [], evidence: [] } satisfies WindowVerdict;
    },
    nextFlag: (previous, verdict, now, settings, ids) => {
      seen.push({ previous, sensitivity: settings.sensitivity });
      expect(settings).toMatchObject({ cooldownMinutes: 60, stepDownAfterQuietWindows: 2 });
      if (!verdict.level) return previous;
      if (previous) return { ...previous, level: verdict.level, updatedAt: now };
      return testFlag({ id: ids.newId(), watchId: ids.watchId, level: verdict.level, peakLevel: verdict.level, raisedAt: now, history: [] });
    },
  };
}

async function negatives(watchId: string, negative: number) {
  await db.watchRollups.put({ watchId, hour: HOUR, mentions: negative, labelled: negative, negative, positive: 0 });
}

describe('runRadar', () => {
  it('raises a flag for the watch whose window is bad, stores it, and reports it once', async () => {
    db = openRadarTestDb();
    await db.watches.bulkPut([testWatch({ id: 'w1', sensitivity: 'high' }), testWatch({ id: 'w2', name: 'Quiet' })]);
    await negatives('w1', 6);
    const rules = fakeRules();
    const changes = await runRadar(db, NOW, rules);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ change: 'raised', watch: { id: 'w1' }, flag: { id: 'flag-1', level: 'orange', watchId: 'w1' } });
    expect(await db.flags.toArray()).toEqual([changes[0].flag]);
    expect(rules.seen.map((entry) => entry.sensitivity).sort()).toEqual(['high', 'medium']);
    // The same window again: the flag stays, nothing new to tell.
    expect(await runRadar(db, NOW, rules)).toEqual([]);
    expect(await db.flags.count()).toBe(1);
  });

  it('reports an escalation of the open flag and hands the rules the stored flag with the user’s stage', async () => {
    db = openRadarTestDb();
    await db.watches.put(testWatch());
    await db.flags.put(testFlag({ id: 'open', stage: 'responding', owner: 'Li' }));
    await negatives('w1', 25);
    const rules = fakeRules();
    const changes = await runRadar(db, NOW, rules);
    expect(rules.seen[0].previous).toMatchObject({ id: 'open', stage: 'responding' });
    expect(changes).toEqual([expect.objectContaining({ change: 'escalated', previousLevel: 'orange', flag: expect.objectContaining({ id: 'open', level: 'red', stage: 'responding', owner: 'Li' }) })]);
    expect(await db.flags.get('open')).toMatchObject({ level: 'red', stage: 'responding' });
  });

  it('does not report a step-down, and treats a resolved flag as closed', async () => {
    db = openRadarTestDb();
    await db.watches.bulkPut([testWatch({ id: 'w1' }), testWatch({ id: 'w2' })]);
    await db.flags.bulkPut([testFlag({ id: 'down', watchId: 'w1', level: 'red' }), testFlag({ id: 'done', watchId: 'w2', stage: 'resolved' })]);
    await negatives('w1', 6);
    await negatives('w2', 6);
    const changes = await runRadar(db, NOW, fakeRules());
    expect(await db.flags.get('down')).toMatchObject({ level: 'orange' });
    expect(changes.map((change) => [change.change, change.flag.watchId])).toEqual([['raised', 'w2']]);
    expect(await db.flags.count()).toBe(3);
  });

  it('reports a watch that could not be evaluated and still runs the others', async () => {
    db = openRadarTestDb();
    await db.watches.bulkPut([testWatch({ id: 'bad', name: 'Broken' }), testWatch({ id: 'w1' })]);
    await negatives('w1', 6);
    const rules = fakeRules();
    const evaluate = rules.evaluateWindow;
    const warn = vi.fn();
    rules.evaluateWindow = (window, settings) => {
      if (window.watchId === 'bad') throw new Error('detector blew up');
      return evaluate(window, settings);
    };
    const changes = await runRadar(db, NOW, { ...rules, warn });
    expect(changes.map((change) => change.watch.id)).toEqual(['w1']);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"Broken" (bad) was not evaluated: detector blew up'));
  });
});
