import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RadarDb } from './radar-db';
import { openRadarTestDb } from './test-radar-db';
import { testFlag, testWatch } from './test-flags';
import { tEnglish } from './test-translate';
import { sendFlagWebhook } from './webhook-flag';

let db: RadarDb;
afterEach(() => db?.close());
const NOW = new Date('2026-11-26T12:21:00.000Z');

describe('sendFlagWebhook', () => {
  it('sends the flag in the watch’s format and records "sent" on the flag and in its history', async () => {
    db = openRadarTestDb();
    const flag = testFlag();
    await db.flags.put(flag);
    const bodies: unknown[] = [];
    const fetch = vi.fn(async (_url: unknown, init?: RequestInit) => {
      bodies.push(JSON.parse(String(init!.body)));
      return new Response('{"errcode":0,"errmsg":"ok"}');
    }) as unknown as typeof globalThis.fetch;
    const watch = testWatch({ webhook: { url: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k', format: 'wecom' } });
    const outcome = await sendFlagWebhook(db, flag, watch, { fetch, t: tEnglish, now: () => NOW });
    expect(outcome).toEqual({ ok: true, attempts: 1, status: 200 });
    expect(bodies[0]).toMatchObject({ msgtype: 'text', text: { content: expect.stringContaining('[Earshot] Orange (II) · Acme') } });
    const stored = await db.flags.get(flag.id);
    expect(stored?.webhook).toEqual({ status: 'sent', attempts: 1, lastAt: NOW.toISOString() });
    expect(stored?.history.at(-1)).toEqual({ at: NOW.toISOString(), event: 'webhook', to: 'sent', note: 'wecom: HTTP 200 after 1 attempt(s)' });
  });

  it('records a failure with the reason after the retries, never silently', async () => {
    db = openRadarTestDb();
    const flag = testFlag();
    await db.flags.put(flag);
    const fetch = vi.fn(async () => new Response('down', { status: 502 })) as unknown as typeof globalThis.fetch;
    const watch = testWatch({ webhook: { url: 'https://hooks.slack.com/services/x', format: 'slack' } });
    await sendFlagWebhook(db, flag, watch, { fetch, t: tEnglish, now: () => NOW, sleep: async () => {} });
    const stored = await db.flags.get(flag.id);
    expect(fetch).toHaveBeenCalledTimes(3);
    expect(stored?.webhook).toEqual({ status: 'failed', attempts: 3, lastAt: NOW.toISOString(), lastError: 'HTTP 502 down' });
    expect(stored?.history.at(-1)).toMatchObject({ event: 'webhook', to: 'failed', note: 'slack: HTTP 502 down (3 attempt(s))' });
    // The rest of the flag is untouched.
    expect(stored?.history).toHaveLength(2);
    expect(stored?.level).toBe('orange');
  });

  it('does nothing for a watch without a webhook', async () => {
    db = openRadarTestDb();
    await db.flags.put(testFlag());
    const fetch = vi.fn() as unknown as typeof globalThis.fetch;
    expect(await sendFlagWebhook(db, testFlag(), testWatch(), { fetch, t: tEnglish })).toBeUndefined();
    expect(fetch).not.toHaveBeenCalled();
    expect((await db.flags.get('f1'))?.webhook).toBeUndefined();
  });
});
