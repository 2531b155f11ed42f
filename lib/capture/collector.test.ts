import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Window as HappyWindow } from 'happy-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CapturedRecord, Post } from '../model';
import type { AdapterHealthDelta } from '../messages';
import * as realRegistry from '../platforms';
import { runAdapter } from '../platforms';
import type { Adapter, ParseContext } from '../platforms/types';
import { startCollector, type Collector, type CollectorRegistry } from './collector';
import type { Timers } from './throttle';

type TestWindow = Window & typeof globalThis;

function post(id: string, extra: Partial<Post> = {}): Post {
  return {
    id: `weibo:${id}`, platform: 'weibo', kind: 'post', url: `https://weibo.com/1/${id}`,
    author: { id: 'weibo:1', platform: 'weibo', name: 'a' }, text: `t${id}`, media: 'text',
    metrics: {}, capturedAt: '2024-05-01T00:00:00.000Z', source: 'api', ...extra,
  };
}

/** Manual clock: tasks run only when the test moves time on. */
function manualTimers(): Timers & { advance(ms: number): void } {
  let now = 0;
  let nextId = 0;
  const tasks = new Map<number, { at: number; run: () => void; every?: number }>();
  return {
    now: () => now,
    setTimeout: (run, ms) => (tasks.set(++nextId, { at: now + ms, run }), nextId),
    setInterval: (run, ms) => (tasks.set(++nextId, { at: now + ms, run, every: ms }), nextId),
    clearTimeout: (id) => void tasks.delete(id as number),
    clearInterval: (id) => void tasks.delete(id as number),
    advance(ms) {
      const end = now + ms;
      for (;;) {
        const due = [...tasks].filter(([, task]) => task.at <= end).sort(([, a], [, b]) => a.at - b.at)[0];
        if (!due) break;
        const [id, task] = due;
        now = task.at;
        if (task.every) task.at += task.every;
        else tasks.delete(id);
        task.run();
      }
      now = end;
    },
  };
}

interface Push { pageUrl: string; adapter: string; records: readonly CapturedRecord[]; delta: AdapterHealthDelta }

let win: TestWindow;
let other: TestWindow;
let timers: ReturnType<typeof manualTimers>;
let pushes: Push[];
let collector: Collector;
const queue = { push: (pageUrl: string, adapter: string, records: readonly CapturedRecord[], delta: AdapterHealthDelta) => pushes.push({ pageUrl, adapter, records, delta }), flush: vi.fn() };

const seenBy = { fromResponse: [] as Array<[unknown, ParseContext]>, fromDocument: [] as ParseContext[], fromDom: [] as ParseContext[] };
const weibo: Adapter = {
  name: 'weibo', platform: 'weibo', hosts: ['weibo.com'], responsePatterns: [/^https:\/\/weibo\.com\/ajax\//],
  fromResponse(body, ctx) {
    seenBy.fromResponse.push([body, ctx]);
    const list = (body as { list?: Array<{ id: string; likes?: number }> }).list ?? [];
    return { records: list.map((item) => post(item.id, { metrics: { likes: item.likes } })), skipped: 0 };
  },
  fromDocument(doc, ctx) {
    seenBy.fromDocument.push(ctx);
    return { records: [post('doc')], skipped: 0 };
  },
  fromDom(doc, ctx) {
    seenBy.fromDom.push(ctx);
    return { records: [...doc.querySelectorAll('article')].map((node) => post(node.id)), skipped: 1 };
  },
};
const xLike: Adapter = {
  name: 'x', platform: 'x', hosts: ['x.com'], responsePatterns: [/^https:\/\/x\.com\/i\/api\//],
  fromResponse: () => ({ records: [post('from-x')], skipped: 0 }),
};

function registryOf(adapters: Adapter[]): CollectorRegistry {
  return {
    adapterForResponse: (url) => adapters.find((a) => a.responsePatterns.some((p) => p.test(url))),
    adaptersForPage: (url) => adapters.filter((a) => a.hosts.includes(new URL(url).hostname)),
    runAdapter,
  };
}

function start(adapters: Adapter[] = [weibo, xLike], registry = registryOf(adapters)): Collector {
  collector = startCollector({ win, registry, queue, timers });
  return collector;
}

function tap(data: unknown, source: unknown = win): void {
  win.dispatchEvent(new win.MessageEvent('message', { data, source: source as Window }));
}
const response = (url: string, body: unknown, status = 200) =>
  ({ channel: 'earshot:tap', kind: 'response', url, status, body: typeof body === 'string' ? body : JSON.stringify(body) });

const recordsSent = () => pushes.flatMap((p) => p.records.map((r) => r.id));
const mutationsDelivered = () => new Promise((resolve) => setTimeout(resolve, 5));

beforeEach(() => {
  win = new HappyWindow({ url: 'https://weibo.com/u/1' }) as unknown as TestWindow;
  other = new HappyWindow({ url: 'https://weibo.com/' }) as unknown as TestWindow;
  timers = manualTimers();
  pushes = [];
  for (const list of Object.values(seenBy)) list.length = 0;
});
afterEach(async () => {
  collector?.stop();
  await (win as unknown as HappyWindow).happyDOM.close();
  await (other as unknown as HappyWindow).happyDOM.close();
});

describe('tap messages', () => {
  it('runs the adapter on the parsed body and queues its records for this page', () => {
    start();
    pushes.length = 0;
    tap(response('https://weibo.com/ajax/feed/hot', { list: [{ id: '1' }, { id: '2' }] }));
    expect(seenBy.fromResponse[0]![0]).toEqual({ list: [{ id: '1' }, { id: '2' }] });
    expect(seenBy.fromResponse[0]![1].url).toBe('https://weibo.com/ajax/feed/hot');
    expect(pushes).toEqual([{
      pageUrl: 'https://weibo.com/u/1', adapter: 'weibo', records: [post('1'), post('2')],
      delta: { adapter: 'weibo', items: 2, errors: 0, skipped: 0 },
    }]);
  });

  it('ignores messages from other windows and frames', () => {
    start();
    pushes.length = 0;
    tap(response('https://weibo.com/ajax/feed/hot', { list: [{ id: '1' }] }), other);
    tap(response('https://weibo.com/ajax/feed/hot', { list: [{ id: '1' }] }), null);
    expect(pushes).toEqual([]);
    expect(seenBy.fromResponse).toEqual([]);
  });

  it('ignores malformed tap messages and counts them, but not other channels', () => {
    start();
    pushes.length = 0;
    tap({ channel: 'earshot:tap', kind: 'response', url: 'https://weibo.com/ajax/feed/hot', status: '200', body: '{}' });
    tap({ channel: 'earshot:tap', kind: 'response', url: 'https://weibo.com/ajax/feed/hot', status: 200, body: 7 });
    tap({ channel: 'someone-else', payload: 1 });
    tap('plain string');
    expect(pushes).toEqual([]);
    expect(collector.malformedMessages).toBe(2);
  });

  it('counts bad JSON and oversized responses as skipped, without throwing', () => {
    start();
    pushes.length = 0;
    expect(() => tap(response('https://weibo.com/ajax/feed/hot', '{"list": [tru'))).not.toThrow();
    tap({ channel: 'earshot:tap', kind: 'response', url: 'https://weibo.com/ajax/statuses/big', status: 200, tooLarge: true });
    expect(pushes.map((p) => p.delta)).toEqual([
      { adapter: 'weibo', items: 0, errors: 0, skipped: 1, lastError: 'bad JSON from weibo.com/ajax/feed/hot' },
      { adapter: 'weibo', items: 0, errors: 0, skipped: 1, lastError: 'response over the size cap: weibo.com/ajax/statuses/big' },
    ]);
    expect(seenBy.fromResponse).toEqual([]);
  });

  it('ignores error statuses, empty bodies and other sites\' API URLs', () => {
    start();
    pushes.length = 0;
    tap(response('https://weibo.com/ajax/feed/hot', '{"error":"login"}', 403));
    tap(response('https://weibo.com/ajax/feed/hot', '', 204));
    tap(response('https://x.com/i/api/graphql/q/HomeTimeline', { data: {} }));
    tap(response('https://weibo.com/static/app.json', { list: [{ id: '1' }] }));
    expect(pushes).toEqual([]);
  });

  it('sends a record again only when its content changed', () => {
    start();
    pushes.length = 0;
    const url = 'https://weibo.com/ajax/feed/hot';
    tap(response(url, { list: [{ id: '1', likes: 5 }, { id: '2' }] }));
    tap(response(url, { list: [{ id: '1', likes: 5 }, { id: '2' }] }));
    tap(response(url, { list: [{ id: '1', likes: 6 }, { id: '2' }] }));
    expect(recordsSent()).toEqual(['weibo:1', 'weibo:2', 'weibo:1']);
    expect(pushes.map((p) => p.delta.items)).toEqual([2, 0, 1]);
  });

  it("counts an adapter's failure against it and keeps going", () => {
    const broken: Adapter = { ...weibo, fromResponse: () => { throw new Error('shape changed'); } };
    start([broken]);
    pushes.length = 0;
    expect(() => tap(response('https://weibo.com/ajax/feed/hot', { list: [] }))).not.toThrow();
    expect(pushes[0]!.delta).toEqual({ adapter: 'weibo', items: 0, errors: 1, skipped: 0, lastError: 'Error: shape changed' });
  });
});

describe('document and DOM passes', () => {
  it('waits for DOMContentLoaded when started while loading, and reads again on load', () => {
    let readyState: DocumentReadyState = 'loading';
    Object.defineProperty(win.document, 'readyState', { get: () => readyState, configurable: true });
    start([{ ...weibo, fromDom: undefined }]);
    expect(seenBy.fromDocument).toEqual([]);

    readyState = 'interactive';
    win.document.dispatchEvent(new win.Event('DOMContentLoaded'));
    expect(seenBy.fromDocument.map((ctx) => ctx.url)).toEqual(['https://weibo.com/u/1']);
    readyState = 'complete';
    win.dispatchEvent(new win.Event('load'));
    expect(seenBy.fromDocument).toHaveLength(2);
    expect(recordsSent()).toEqual(['weibo:doc']); // the second read found nothing new
  });

  it('reads state from an inline script the page removed before DOMContentLoaded (Bilibili does)', async () => {
    let readyState: DocumentReadyState = 'loading';
    Object.defineProperty(win.document, 'readyState', { get: () => readyState, configurable: true });
    const fromScripts: Adapter = {
      name: 'weibo', platform: 'weibo', hosts: ['weibo.com'], responsePatterns: [],
      fromDocument: (doc) => ({
        records: [...doc.querySelectorAll('script')].flatMap((script) => /"id":"(\w+)"/.exec(script.textContent ?? '')?.slice(1) ?? []).map((id) => post(id)),
        skipped: 0,
      }),
    };
    start([fromScripts]);
    const script = win.document.createElement('script');
    script.textContent = 'window.__INITIAL_STATE__={"id":"state1"};(function(){var s;(s=document.scripts[document.scripts.length-1]).parentNode.removeChild(s);}())';
    win.document.body.append(script);
    script.remove();
    await mutationsDelivered();
    readyState = 'interactive';
    win.document.dispatchEvent(new win.Event('DOMContentLoaded'));
    expect(recordsSent()).toEqual(['weibo:state1']);
    expect(win.document.querySelectorAll('script')).toHaveLength(0); // the page's DOM was left as the page made it
  });

  it('runs the DOM fallback at most once per 1.5 s while the page keeps changing', async () => {
    start();
    timers.advance(0);
    expect(seenBy.fromDom).toHaveLength(1);

    for (let i = 0; i < 10; i++) {
      const article = win.document.createElement('article');
      article.id = `dom${i}`;
      win.document.body.append(article);
      await mutationsDelivered();
      timers.advance(200);
    }
    // 2 s of mutations: one pass at 1.5 s, a trailing one at 3 s.
    expect(seenBy.fromDom).toHaveLength(2);
    timers.advance(1500);
    expect(seenBy.fromDom).toHaveLength(3);
    timers.advance(10_000);
    expect(seenBy.fromDom).toHaveLength(3);
    expect(recordsSent().filter((id) => id.startsWith('weibo:dom'))).toHaveLength(10);
  });

  it('does not watch the DOM for adapters without a DOM fallback', async () => {
    start([{ ...weibo, fromDom: undefined }]);
    win.document.body.append(win.document.createElement('article'));
    await mutationsDelivered();
    timers.advance(5000);
    expect(seenBy.fromDom).toEqual([]);
  });

  it('re-reads the page for the new URL on a tap navigation, and by polling when none came', async () => {
    start([{ ...weibo, fromDom: undefined }]);
    win.history.pushState({}, '', '/u/2');
    tap({ channel: 'earshot:tap', kind: 'navigate', url: 'https://weibo.com/u/2' });
    expect(seenBy.fromDocument.map((ctx) => ctx.url)).toEqual(['https://weibo.com/u/1', 'https://weibo.com/u/2']);

    win.history.pushState({}, '', '/u/3'); // no tap message this time
    timers.advance(999);
    expect(seenBy.fromDocument).toHaveLength(2);
    timers.advance(1);
    expect(seenBy.fromDocument.map((ctx) => ctx.url)).toEqual(['https://weibo.com/u/1', 'https://weibo.com/u/2', 'https://weibo.com/u/3']);
  });

  it('sends a record seen on an earlier URL of the tab again after navigation, tagged with the new URL', () => {
    start([{ ...weibo, fromDom: undefined, fromDocument: undefined }]);
    const url = 'https://weibo.com/ajax/feed/hot';
    tap(response(url, { list: [{ id: '1' }] }));
    win.history.pushState({}, '', '/u/2');
    tap({ channel: 'earshot:tap', kind: 'navigate', url: 'https://weibo.com/u/2' });
    tap(response(url, { list: [{ id: '1' }] }));
    tap(response(url, { list: [{ id: '1' }] }));
    expect(pushes.filter((p) => p.records.length > 0).map((p) => [p.pageUrl, p.records.map((r) => r.id)])).toEqual([
      ['https://weibo.com/u/1', ['weibo:1']],
      ['https://weibo.com/u/2', ['weibo:1']],
    ]);
  });

  it('stops listening, observing and polling on stop()', async () => {
    start();
    timers.advance(0);
    collector.stop();
    pushes.length = 0;
    tap(response('https://weibo.com/ajax/feed/hot', { list: [{ id: '9' }] }));
    win.document.body.append(win.document.createElement('article'));
    win.history.pushState({}, '', '/u/4');
    await mutationsDelivered();
    timers.advance(10_000);
    expect(pushes).toEqual([]);
  });

  it('flushes the queue when the page is hidden', () => {
    start();
    win.dispatchEvent(new win.Event('pagehide'));
    expect(queue.flush).toHaveBeenCalled();
  });
});

describe('with the real adapter registry', () => {
  it('turns a weibo buildComments response into comment records', () => {
    const fixture = readFileSync(path.resolve(__dirname, '../../tests/fixtures/weibo/buildComments_small.json'), 'utf8');
    start(undefined, realRegistry);
    pushes.length = 0;
    tap(response('https://weibo.com/ajax/statuses/buildComments?flow=0&id=5102000000000000', fixture));
    const records = pushes.flatMap((p) => p.records);
    expect(records.length).toBeGreaterThan(0);
    expect(records.every((r) => r.kind === 'comment' && r.id.startsWith('weibo:'))).toBe(true);
    expect(pushes[0]!.delta).toMatchObject({ adapter: 'weibo', items: records.length, errors: 0 });
  });
});
