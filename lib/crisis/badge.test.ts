import { afterEach, describe, expect, it } from 'vitest';
import { badgeFor, refreshBadge } from './badge';
import type { RadarDb } from './radar-db';
import { openRadarTestDb } from './test-radar-db';
import { testFlag } from './test-flags';

let db: RadarDb | undefined;
afterEach(() => db?.close());

describe('badgeFor', () => {
  it('counts open flags and takes the colour of the highest open level', () => {
    expect(badgeFor([
      testFlag({ level: 'yellow' }), testFlag({ level: 'orange', stage: 'tracking' }), testFlag({ level: 'blue', stage: 'assessed' }),
      // Closed flags count for nothing, even red ones.
      testFlag({ level: 'red', stage: 'resolved' }), testFlag({ level: 'red', stage: 'reviewed' }),
    ])).toEqual({ text: '3', color: '#ea580c', level: 'orange' });
    expect(badgeFor([testFlag({ level: 'red' })]).color).toBe('#dc2626');
    expect(badgeFor([testFlag({ level: 'blue' })]).color).toBe('#2563eb');
    expect(badgeFor([testFlag({ level: 'yellow' })]).color).toBe('#ca8a04');
  });

  it('is hidden without open flags and stays short with many', () => {
    expect(badgeFor([])).toEqual({ text: '' });
    expect(badgeFor([testFlag({ stage: 'resolved' })])).toEqual({ text: '' });
    expect(badgeFor(Array.from({ length: 120 }, () => testFlag({ level: 'blue' }))).text).toBe('99+');
  });
});

describe('refreshBadge', () => {
  it('sets the text and colour from the stored flags, and clears the text when none is open', async () => {
    db = openRadarTestDb();
    const calls: unknown[] = [];
    const action = { setBadgeText: (details: unknown) => void calls.push(details), setBadgeBackgroundColor: (details: unknown) => void calls.push(details) };
    await db.flags.bulkPut([testFlag({ id: 'a', level: 'red' }), testFlag({ id: 'b', level: 'blue' })]);
    await refreshBadge(db, action);
    expect(calls).toEqual([{ text: '2' }, { color: '#dc2626' }]);
    await db.flags.bulkPut([testFlag({ id: 'a', level: 'red', stage: 'resolved' }), testFlag({ id: 'b', level: 'blue', stage: 'reviewed' })]);
    calls.length = 0;
    await refreshBadge(db, action);
    expect(calls).toEqual([{ text: '' }]);
  });
});
