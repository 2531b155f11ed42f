import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RadarDb } from './radar-db';
import { radarPass, type RadarPassDeps } from './radar-pass';
import { openRadarTestDb } from './test-radar-db';
import { testFlag, testWatch } from './test-flags';
import { tEnglish } from './test-translate';

let db: RadarDb;
afterEach(() => db?.close());

describe('radarPass', () => {
  it('raises, notifies for red, posts to the watch’s webhook, and sets the badge', async () => {
    db = openRadarTestDb();
    await db.watches.bulkPut([
      testWatch({ id: 'w1', name: 'Acme', webhook: { url: 'http://127.0.0.1:9/hook', format: 'slack' } }),
      testWatch({ id: 'w2', name: 'Rival' }),
    ]);
    const badge: unknown[] = [];
    const create = vi.fn();
    const fetch = vi.fn(async () => new Response('ok')) as unknown as typeof globalThis.fetch;
    const deps: RadarPassDeps = {
      rules: {
        newId: () => 'new-flag',
        evaluateWindow: (window) => ({ level: window.watchId === 'w1' ? 'red' : undefined, types: [], reasons: [], evidence: [] }),
        nextFlag: (previous, verdict, now, _settings, ids) => previous ?? (verdict.level ? testFlag({ id: ids.newId(), watchId: ids.watchId, level: verdict.level, raisedAt: now, history: [] }) : undefined),
      },
      action: { setBadgeText: (details) => void badge.push(details), setBadgeBackgroundColor: (details) => void badge.push(details) },
      notifications: { create },
      t: tEnglish,
      fetch,
      warn: vi.fn(),
      now: () => new Date('2026-11-26T12:20:00.000Z'),
    };
    const changes = await radarPass(db, deps);
    expect(changes.map((change) => change.flag.id)).toEqual(['new-flag']);
    expect(create).toHaveBeenCalledWith('earshot-flag:new-flag', expect.objectContaining({ title: 'Acme: Red (I) crisis flag' }));
    expect(fetch).toHaveBeenCalledWith('http://127.0.0.1:9/hook', expect.anything());
    expect(badge).toEqual([{ text: '1' }, { color: '#dc2626' }]);
    expect((await db.flags.get('new-flag'))?.webhook?.status).toBe('sent');

    // Nothing new: no second notification or webhook, but the badge is refreshed.
    await radarPass(db, deps);
    expect(create).toHaveBeenCalledTimes(1);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(badge).toHaveLength(4);
  });
});
