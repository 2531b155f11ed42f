import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RadarDb } from '../crisis/radar-db';
import { openRadarTestDb } from '../crisis/test-radar-db';
import { testFlag } from '../crisis/test-flags';
import { tEnglish } from '../crisis/test-translate';
import { handleCrisisMessage, type CrisisMessageDeps } from './crisis-messages';

const ORIGIN = 'chrome-extension://earshotid/';
const DASHBOARD = { id: 'earshotid', url: `${ORIGIN}dashboard.html` };
const NOW = new Date('2026-11-26T12:40:00.000Z');
let db: RadarDb;
afterEach(() => db?.close());

function deps(more: Partial<CrisisMessageDeps> = {}): CrisisMessageDeps & { warn: ReturnType<typeof vi.fn> } {
  return { db, extensionId: 'earshotid', extensionOrigin: ORIGIN, fetch: vi.fn() as unknown as typeof fetch, t: tEnglish, warn: vi.fn(), now: () => NOW, ...more } as never;
}

describe('handleCrisisMessage', () => {
  it('is not the handler for other messages', () => {
    db = openRadarTestDb();
    expect(handleCrisisMessage({ type: 'collector:capture' }, DASHBOARD, deps())).toBeUndefined();
    expect(handleCrisisMessage({ type: 'dashboard:save-watch' }, DASHBOARD, deps())).toBeUndefined();
    expect(handleCrisisMessage(null, DASHBOARD, deps())).toBeUndefined();
  });

  it('moves a flag through the response flow and keeps each change with its time', async () => {
    db = openRadarTestDb();
    await db.flags.put(testFlag());
    const badge: unknown[] = [];
    const action = { setBadgeText: (details: unknown) => void badge.push(details), setBadgeBackgroundColor: () => {} };
    expect(await handleCrisisMessage({ type: 'dashboard:update-flag', flagId: 'f1', stage: 'assessed', owner: 'Li' }, DASHBOARD, deps({ action }))).toEqual({ ok: true, id: 'f1' });
    expect(await handleCrisisMessage({ type: 'dashboard:update-flag', flagId: 'f1', stage: 'resolved', note: '已发声明' }, DASHBOARD, deps({ action }))).toEqual({ ok: true, id: 'f1' });
    const flag = await db.flags.get('f1');
    expect(flag).toMatchObject({ stage: 'resolved', owner: 'Li', updatedAt: NOW.toISOString() });
    expect(flag?.history.map((entry) => [entry.event, entry.from, entry.to, entry.note])).toEqual([
      ['raised', undefined, 'orange', undefined],
      ['stage', 'identified', 'assessed', undefined],
      ['owner', undefined, 'Li', undefined],
      ['stage', 'assessed', 'resolved', undefined],
      ['note', undefined, undefined, '已发声明'],
    ]);
    // Resolved: no open flag left, the badge is cleared.
    expect(badge.at(-1)).toEqual({ text: '' });
  });

  it('refuses a jump back, an unknown flag, and malformed updates', async () => {
    db = openRadarTestDb();
    await db.flags.put(testFlag({ stage: 'tracking' }));
    const d = deps();
    expect(await handleCrisisMessage({ type: 'dashboard:update-flag', flagId: 'f1', stage: 'identified' }, DASHBOARD, d)).toEqual({ ok: false, error: expect.stringContaining('one stage at a time') });
    expect(await handleCrisisMessage({ type: 'dashboard:update-flag', flagId: 'nope', note: 'x' }, DASHBOARD, d)).toEqual({ ok: false, error: 'no flag "nope"' });
    const bad = [
      { type: 'dashboard:update-flag', flagId: 'f1', stage: 'closed' },
      { type: 'dashboard:update-flag', flagId: 'f1' },
      { type: 'dashboard:update-flag', flagId: '', note: 'x' },
      { type: 'dashboard:update-flag', flagId: 'f1', note: 7 },
      { type: 'dashboard:update-flag', flagId: 'f1', note: 'x', level: 'blue' },
      { type: 'dashboard:update-flag', flagId: 'f1', owner: 'x'.repeat(101) },
    ];
    for (const message of bad) {
      const reply = await handleCrisisMessage(message, DASHBOARD, d);
      expect(reply, JSON.stringify(message)).toMatchObject({ ok: false, error: expect.stringMatching(/^dashboard:update-flag: /) });
    }
    expect((await db.flags.get('f1'))?.history).toHaveLength(1);
    expect(d.warn).toHaveBeenCalled();
  });

  it('accepts these messages only from our own pages', async () => {
    db = openRadarTestDb();
    await db.flags.put(testFlag());
    const message = { type: 'dashboard:update-flag', flagId: 'f1', stage: 'resolved' };
    const fromPlatformPage = { id: 'earshotid', url: 'https://weibo.com/', tab: { url: 'https://weibo.com/' } };
    const fromOtherExtension = { id: 'other', url: 'chrome-extension://other/page.html' };
    for (const sender of [fromPlatformPage, fromOtherExtension, undefined]) {
      expect(await handleCrisisMessage(message, sender, deps())).toMatchObject({ ok: false, error: 'dashboard:update-flag is accepted from our own pages only' });
    }
    expect((await db.flags.get('f1'))?.stage).toBe('identified');
  });

  it('tests a webhook with one message in its format and reports the answer', async () => {
    db = openRadarTestDb();
    const sent: { url: string; body: unknown }[] = [];
    const fetch = vi.fn(async (url: unknown, init?: RequestInit) => {
      sent.push({ url: String(url), body: JSON.parse(String(init!.body)) });
      return new Response('{"code":0,"msg":"success"}');
    }) as unknown as typeof globalThis.fetch;
    const reply = await handleCrisisMessage({ type: 'dashboard:test-webhook', webhook: { url: 'https://open.feishu.cn/open-apis/bot/v2/hook/abc', format: 'feishu' }, watchName: 'Acme' }, DASHBOARD, deps({ fetch }));
    expect(reply).toEqual({ ok: true, status: 200 });
    expect(sent).toEqual([{ url: 'https://open.feishu.cn/open-apis/bot/v2/hook/abc', body: { msg_type: 'text', content: { text: '[Earshot] Test message for “Acme”: this webhook works.' } } }]);
  });

  it('reports a refused or unreachable test webhook, and refuses a non-https address without sending', async () => {
    db = openRadarTestDb();
    const refused = vi.fn(async () => new Response('{"errcode":300001,"errmsg":"token is not exist"}')) as unknown as typeof globalThis.fetch;
    const message = { type: 'dashboard:test-webhook', webhook: { url: 'https://oapi.dingtalk.com/robot/send?access_token=x', format: 'dingtalk' }, watchName: 'Acme' };
    expect(await handleCrisisMessage(message, DASHBOARD, deps({ fetch: refused }))).toEqual({ ok: false, error: 'refused with code 300001: token is not exist' });
    expect(refused).toHaveBeenCalledTimes(1);

    const fetch = vi.fn() as unknown as typeof globalThis.fetch;
    const insecure = { ...message, webhook: { url: 'http://example.com/hook', format: 'dingtalk' } };
    expect(await handleCrisisMessage(insecure, DASHBOARD, deps({ fetch }))).toEqual({ ok: false, error: expect.stringContaining('webhook.url must start with https://') });
    expect(await handleCrisisMessage({ ...message, webhook: { url: 'https://x.test/', format: 'teams' } }, DASHBOARD, deps({ fetch }))).toMatchObject({ ok: false });
    expect(fetch).not.toHaveBeenCalled();
  });
});
