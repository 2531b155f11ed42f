import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDb, type EarshotDb } from '../db';
import { ingestBatch } from '../ingest';
import { captureMessage, weiboComment } from '../test-records';
import { invalidateMatcher } from '../watch/matcher-cache';
import { lumina } from '../watch/test-watches';
import { backfillJobId, type Watch } from '../watch/types';
import { handleWatchMessage, type WatchMessageDeps } from './watch-messages';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const dashboard = { id: ID, url: `${ORIGIN}dashboard.html`, tab: { url: `${ORIGIN}dashboard.html` } };
const NOW = new Date('2024-06-15T09:00:00.000Z');
let db: EarshotDb;
type Mocked<F extends (...args: any[]) => any> = F & ReturnType<typeof vi.fn<F>>;
let deps: WatchMessageDeps & {
  warn: Mocked<(text: string) => void>;
  startBackfill: Mocked<(db: EarshotDb, watchId: string) => Promise<unknown>>;
  onWatchesChanged: Mocked<(watchId: string) => void>;
};

beforeEach(() => {
  db = openDb(`watch-messages-${crypto.randomUUID()}`);
  invalidateMatcher(db);
  deps = {
    db, extensionId: ID, extensionOrigin: ORIGIN, now: () => NOW,
    warn: vi.fn<(text: string) => void>(),
    startBackfill: vi.fn<(db: EarshotDb, watchId: string) => Promise<unknown>>(async () => undefined),
    onWatchesChanged: vi.fn<(watchId: string) => void>(),
  };
});
afterEach(() => db.close());

const save = (watch: unknown, sender: object = dashboard) => handleWatchMessage({ type: 'dashboard:save-watch', watch }, sender, deps);

describe('handleWatchMessage', () => {
  it('is not mine for any other message (undefined, so the caller routes it on)', () => {
    expect(handleWatchMessage({ type: 'collector:capture' }, dashboard, deps)).toBeUndefined();
    expect(handleWatchMessage({ type: 'dashboard:update-flag', flagId: 'f' }, dashboard, deps)).toBeUndefined();
    expect(handleWatchMessage(null, dashboard, deps)).toBeUndefined();
    expect(handleWatchMessage('dashboard:save-watch', dashboard, deps)).toBeUndefined();
  });

  it('stores a valid watch, queues its backfill job and starts it without waiting for it', async () => {
    let finishBackfill!: () => void;
    deps.startBackfill.mockImplementation(() => new Promise<void>((resolve) => { finishBackfill = resolve; }));
    expect(await save(lumina({ webhook: { url: 'https://open.feishu.cn/open-apis/bot/v2/hook/abc', format: 'feishu' } }))).toEqual({ ok: true, id: 'w-lumina' });
    expect(deps.startBackfill).toHaveBeenCalledWith(db, 'w-lumina');
    expect(deps.onWatchesChanged).toHaveBeenCalledWith('w-lumina');
    expect((await db.watches.get('w-lumina'))!.webhook).toEqual({ url: 'https://open.feishu.cn/open-apis/bot/v2/hook/abc', format: 'feishu' });
    expect(await db.jobs.get(backfillJobId('w-lumina'))).toMatchObject({ done: 0, total: 0, startedAt: NOW.toISOString() });
    finishBackfill();
  });

  it('with the default starter, the saved watch is matched against what is already stored', async () => {
    delete (deps as Partial<WatchMessageDeps>).startBackfill;
    await ingestBatch(db, captureMessage({ records: [weiboComment({ text: '光合咖啡太难喝' })] }), NOW);
    expect(await save(lumina())).toEqual({ ok: true, id: 'w-lumina' });
    await vi.waitFor(async () => expect((await db.jobs.get(backfillJobId('w-lumina')))?.finishedAt).toBeDefined());
    expect((await db.comments.get(weiboComment().id))!.watchIds).toEqual(['w-lumina']);
  });

  it('refuses a watch from anything but our own pages, and stores nothing', async () => {
    const contentScript = { id: ID, url: 'https://weibo.com/u/1', tab: { url: 'https://weibo.com/u/1' } };
    const reply = await save(lumina(), contentScript);
    expect(reply).toMatchObject({ ok: false, error: expect.stringContaining('our own pages only') });
    expect(await handleWatchMessage({ type: 'dashboard:delete-watch', watchId: 'w-lumina' }, { id: 'other', url: 'chrome-extension://other/x.html' }, deps))
      .toMatchObject({ ok: false });
    expect(await db.watches.count()).toBe(0);
    expect(deps.startBackfill).not.toHaveBeenCalled();
    expect(deps.warn).toHaveBeenCalledTimes(2);
  });

  it.each<[string, (watch: Watch) => unknown, string]>([
    ['an empty name', (w) => ({ ...w, name: '' }), 'watch.name must not be empty'],
    ['a 101-character name', (w) => ({ ...w, name: 'x'.repeat(101) }), 'watch.name is too long'],
    ['no terms', (w) => ({ ...w, terms: [] }), 'watch.terms needs at least 1 term'],
    ['101 terms', (w) => ({ ...w, terms: Array.from({ length: 101 }, (_, i) => `t${i}`) }), 'too many terms'],
    ['a blank term', (w) => ({ ...w, terms: ['Lumina', '  '] }), 'watch.terms[1] must not be blank'],
    ['a 101-character exclusion', (w) => ({ ...w, exclude: ['x'.repeat(101)] }), 'watch.exclude[0] is too long'],
    ['a term that is not a string', (w) => ({ ...w, terms: ['Lumina', 7] }), 'watch.terms[1] must be a string'],
    ['an unknown kind', (w) => ({ ...w, kind: 'partner' }), 'watch.kind must be one of'],
    ['an unknown platform', (w) => ({ ...w, platforms: ['myspace'] }), 'watch.platforms[0] must be one of'],
    ['a platform twice', (w) => ({ ...w, platforms: ['weibo', 'weibo'] }), 'lists a platform twice'],
    ['an unknown sensitivity', (w) => ({ ...w, sensitivity: 'extreme' }), 'watch.sensitivity'],
    ['a plain-http webhook', (w) => ({ ...w, webhook: { url: 'http://hooks.example.com/x', format: 'slack' } }), 'watch.webhook.url must start with https://'],
    ['a javascript: webhook', (w) => ({ ...w, webhook: { url: 'javascript:alert(1)', format: 'slack' } }), 'watch.webhook.url'],
    ['an unknown webhook format', (w) => ({ ...w, webhook: { url: 'https://hooks.example.com/x', format: 'teams' } }), 'watch.webhook.format'],
    ['a bad time', (w) => ({ ...w, updatedAt: 'yesterday' }), 'watch.updatedAt must be an ISO-8601 time'],
    ['a stored-only field', (w) => ({ ...w, lastFlagAt: '2024-06-14T10:00:00.000Z' }), 'watch.lastFlagAt is not a known field'],
    ['no id', (w) => ({ ...w, id: undefined }), 'watch.id must be a string'],
    ['not an object', () => ['Lumina'], 'watch must be an object'],
  ])('refuses a watch with %s, naming the field', async (_, change, error) => {
    const reply = await save(change(lumina()));
    expect(reply).toEqual({ ok: false, error: expect.stringContaining(error) });
    expect(await db.watches.count()).toBe(0);
    expect(deps.startBackfill).not.toHaveBeenCalled();
  });

  it('accepts a local relay over http (localhost, 127.0.0.1) for the webhook', async () => {
    expect(await save(lumina({ webhook: { url: 'http://127.0.0.1:8787/hook', format: 'slack' } }))).toEqual({ ok: true, id: 'w-lumina' });
    expect(await save(lumina({ id: 'w2', webhook: { url: 'http://localhost:9000/', format: 'wecom' } }))).toEqual({ ok: true, id: 'w2' });
  });

  it('refuses extra keys on the message itself', async () => {
    const reply = await handleWatchMessage({ type: 'dashboard:save-watch', watch: lumina(), sneaky: 1 }, dashboard, deps);
    expect(reply).toMatchObject({ ok: false, error: expect.stringContaining('sneaky is not a known field') });
  });

  it('deletes a watch with its flags and rollups, and starts removing its id from stored rows', async () => {
    await save(lumina());
    await db.flags.put({ id: 'f1', watchId: 'w-lumina' } as never);
    await db.watchRollups.put({ watchId: 'w-lumina', hour: '2024-06-14T12:00:00.000Z', mentions: 2, labelled: 0, negative: 0, positive: 0 });
    deps.startBackfill.mockClear();
    expect(await handleWatchMessage({ type: 'dashboard:delete-watch', watchId: 'w-lumina' }, dashboard, deps)).toEqual({ ok: true, id: 'w-lumina' });
    expect(await db.watches.count()).toBe(0);
    expect(await db.flags.count()).toBe(0);
    expect(await db.watchRollups.count()).toBe(0);
    expect(await db.jobs.get(backfillJobId('w-lumina'))).toMatchObject({ version: 'deleted' });
    expect(deps.startBackfill).toHaveBeenCalledWith(db, 'w-lumina');
    expect(await handleWatchMessage({ type: 'dashboard:delete-watch', watchId: '' }, dashboard, deps)).toMatchObject({ ok: false, error: expect.stringContaining('watchId must not be empty') });
  });

  it('reports a failed backfill start to warn instead of failing the reply', async () => {
    deps.startBackfill.mockRejectedValue(new Error('disk gone'));
    expect(await save(lumina())).toEqual({ ok: true, id: 'w-lumina' });
    await vi.waitFor(() => expect(deps.warn).toHaveBeenCalledWith(expect.stringContaining('disk gone')));
  });
});
