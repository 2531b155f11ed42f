import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Window } from 'happy-dom';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TapMessage, TapResponseMessage } from '../messages';
import { installTap, type TapWindow } from './tap';

const API = 'https://weibo.com/ajax/statuses/show?id=1';
const isApi = (url: string) => url.includes('/ajax/') || url.includes('/api/');

// happy-dom shares XMLHttpRequest / History prototypes between its windows (a browser gives each
// page its own): put them back after each test so wrappers do not stack up across tests.
const sharedMethods = (win: TapWindow) => [
  [Object.getPrototypeOf(win.XMLHttpRequest.prototype), 'open'],
  [Object.getPrototypeOf(win.XMLHttpRequest.prototype), 'send'],
  [Object.getPrototypeOf(win.history), 'pushState'],
  [Object.getPrototypeOf(win.history), 'replaceState'],
] as const;

let win: TapWindow;
let posted: TapMessage[];
let restore: () => void;

function openWindow(url: string): TapWindow {
  const created = new Window({ url }) as unknown as TapWindow;
  const saved = sharedMethods(created).map(([owner, key]) => [owner, key, Object.getOwnPropertyDescriptor(owner, key)!] as const);
  restore = () => saved.forEach(([owner, key, descriptor]) => Object.defineProperty(owner, key, descriptor));
  return created;
}

function install(maxBodyBytes = 1024) {
  installTap(win, { shouldCapture: isApi, maxBodyBytes, post: (message) => posted.push(message) });
}

/** Waits for the tap's asynchronous read of its copy. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

function fakeFetch(result: () => Promise<Response>) {
  const fetch = vi.fn((..._args: unknown[]) => result());
  win.fetch = fetch as unknown as typeof win.fetch;
  return fetch;
}

beforeEach(() => {
  posted = [];
  win = openWindow('https://weibo.com/u/1');
});
afterEach(async () => {
  restore();
  await (win as unknown as Window).happyDOM.close();
});

describe('fetch', () => {
  it('gives the page the very same Response and full body, and posts an identical copy', async () => {
    const text = JSON.stringify({ ok: 1, text: '听风 earshot 🎧', n: [1, 2, 3] });
    const response = new win.Response(text, { status: 200 });
    const native = fakeFetch(() => win.Promise.resolve(response));
    install();

    const init = { credentials: 'include' as const };
    const got = await win.fetch(API, init);
    expect(got).toBe(response);
    expect(native).toHaveBeenCalledWith(API, init);
    expect(await got.text()).toBe(text);
    await settle();
    expect(posted).toEqual([{ channel: 'earshot:tap', kind: 'response', url: API, status: 200, body: text }]);
  });

  it('rejects with the same error object when the fetch fails', async () => {
    const failure = new TypeError('Failed to fetch');
    fakeFetch(() => win.Promise.reject(failure));
    install();

    await expect(win.fetch(API)).rejects.toBe(failure);
    await settle();
    expect(posted).toEqual([]);
  });

  it('returns the native promise untouched and never clones when the URL does not match', async () => {
    const response = new win.Response('{"ad":1}');
    const clone = vi.spyOn(response, 'clone');
    const pending = win.Promise.resolve(response);
    fakeFetch(() => pending);
    install();

    expect(win.fetch('https://weibo.com/other/thing')).toBe(pending);
    expect(await (await pending).text()).toBe('{"ad":1}');
    await settle();
    expect(clone).not.toHaveBeenCalled();
    expect(posted).toEqual([]);
  });

  it('resolves relative URLs, URL objects and Requests against the page', async () => {
    fakeFetch(() => win.Promise.resolve(new win.Response('{}')));
    install();

    await win.fetch('/ajax/feed/hot');
    await win.fetch(new win.URL('https://weibo.com/ajax/statuses/mymblog'));
    await win.fetch(new win.Request('https://weibo.com/ajax/statuses/show?id=2'));
    await settle();
    expect(posted.map((m) => m.url)).toEqual([
      'https://weibo.com/ajax/feed/hot',
      'https://weibo.com/ajax/statuses/mymblog',
      'https://weibo.com/ajax/statuses/show?id=2',
    ]);
  });

  it('announces a response over the cap as tooLarge without its body, by Content-Length', async () => {
    const response = new win.Response('x'.repeat(2000), { headers: { 'content-length': '2000' } });
    const clone = vi.spyOn(response, 'clone');
    fakeFetch(() => win.Promise.resolve(response));
    install(1000);

    expect(await (await win.fetch(API)).text()).toHaveLength(2000);
    await settle();
    expect(clone).not.toHaveBeenCalled();
    expect(posted).toEqual([{ channel: 'earshot:tap', kind: 'response', url: API, status: 200, tooLarge: true }]);
  });

  it('stops reading an undeclared stream at the cap while the page still gets every byte', async () => {
    const chunk = new TextEncoder().encode('y'.repeat(400));
    let sent = 0;
    const stream = new win.ReadableStream({
      pull(controller: ReadableStreamDefaultController<Uint8Array>) {
        if (sent++ < 10) controller.enqueue(chunk);
        else controller.close();
      },
    });
    fakeFetch(() => win.Promise.resolve(new win.Response(stream as unknown as BodyInit)));
    install(1000);

    const got = await win.fetch(API);
    await settle();
    expect(await got.text()).toHaveLength(4000);
    await settle();
    expect(posted).toEqual([{ channel: 'earshot:tap', kind: 'response', url: API, status: 200, tooLarge: true }]);
  });

  it('counts multi-byte characters as bytes against the cap', async () => {
    fakeFetch(() => win.Promise.resolve(new win.Response('风'.repeat(400)))); // 1200 bytes
    install(1000);

    await win.fetch(API);
    await settle();
    expect(posted).toMatchObject([{ tooLarge: true }]);
  });

  it('keeps working for the page when its own code makes the tap fail', async () => {
    const response = new win.Response('{"a":1}');
    fakeFetch(() => win.Promise.resolve(response));
    installTap(win, {
      shouldCapture: () => true,
      maxBodyBytes: 1024,
      post: () => {
        throw new Error('postMessage broke');
      },
    });
    installTap(win, {
      shouldCapture: () => {
        throw new Error('pattern broke');
      },
      maxBodyBytes: 1024,
      post: () => {},
    });

    const got = await win.fetch(API);
    expect(got).toBe(response);
    expect(await got.json()).toEqual({ a: 1 });
    await settle();
  });
});

describe('what the page can see', () => {
  it('adds no window properties and keeps name, length and a native-looking toString', () => {
    const before = Object.getOwnPropertyNames(win);
    const beforeKeys = Object.keys(win);
    const fetchBefore = { name: win.fetch.name, length: win.fetch.length, source: String(win.fetch) };
    const openBefore = win.XMLHttpRequest.prototype.open;
    const xhrKeysBefore = Object.getOwnPropertyNames(new win.XMLHttpRequest());
    install();

    expect(Object.getOwnPropertyNames(win)).toEqual(before);
    expect(Object.keys(win)).toEqual(beforeKeys);
    expect({ name: win.fetch.name, length: win.fetch.length, source: String(win.fetch) }).toEqual(fetchBefore);
    expect(win.XMLHttpRequest.prototype.open.name).toBe(openBefore.name);
    expect(win.XMLHttpRequest.prototype.open.length).toBe(openBefore.length);
    expect(String(win.XMLHttpRequest.prototype.open)).toBe(String(openBefore));
    expect(Object.getOwnPropertyNames(new win.XMLHttpRequest())).toEqual(xhrKeysBefore);
    expect(Object.keys(win.fetch)).toEqual([]);
  });

  it('keeps the original property attributes of fetch', () => {
    const before = Object.getOwnPropertyDescriptor(win, 'fetch')!;
    install();
    const after = Object.getOwnPropertyDescriptor(win, 'fetch')!;
    expect({ ...after, value: undefined }).toEqual({ ...before, value: undefined });
    expect(after.value).not.toBe(before.value);
  });
});

describe('navigation', () => {
  it('announces pushState, popstate and changed replaceState URLs, once per URL', () => {
    install();
    win.history.pushState({}, '', '/u/2');
    win.history.replaceState({ scroll: 10 }, '', '/u/2');
    win.history.replaceState({}, '', '/u/3?tab=home');
    win.location.hash = '#x';
    win.dispatchEvent(new win.PopStateEvent('popstate', { state: null }));

    expect(posted).toEqual([
      { channel: 'earshot:tap', kind: 'navigate', url: 'https://weibo.com/u/2' },
      { channel: 'earshot:tap', kind: 'navigate', url: 'https://weibo.com/u/3?tab=home' },
      { channel: 'earshot:tap', kind: 'navigate', url: 'https://weibo.com/u/3?tab=home#x' },
    ]);
  });

  it('returns what the native history methods return', () => {
    install();
    expect(win.history.pushState({ a: 1 }, '', '/u/9')).toBeUndefined();
    expect(win.history.state).toEqual({ a: 1 });
    expect(win.location.pathname).toBe('/u/9');
  });
});

describe('XMLHttpRequest (against a local server)', () => {
  let server: Server;
  let origin: string;
  const bodies: Record<string, { type?: string; body: string; length?: boolean }> = {
    '/api/feed': { type: 'application/json', body: JSON.stringify({ data: { list: [{ id: 1, text: '你好' }] } }) },
    '/api/big': { type: 'application/json', body: JSON.stringify({ pad: 'z'.repeat(3000) }), length: true },
    '/static/app.json': { type: 'application/json', body: '{"not":"an api"}' },
  };

  beforeAll(async () => {
    server = createServer((request, response) => {
      const found = bodies[new URL(request.url!, 'http://x').pathname];
      if (!found) return void response.writeHead(404).end();
      const headers: Record<string, string> = { 'content-type': found.type ?? 'text/plain' };
      if (found.length) headers['content-length'] = String(Buffer.byteLength(found.body));
      response.writeHead(200, headers).end(found.body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  beforeEach(async () => {
    restore();
    await (win as unknown as Window).happyDOM.close();
    win = openWindow(`${origin}/page`);
  });

  function request(path: string, responseType: XMLHttpRequestResponseType = ''): Promise<XMLHttpRequest> {
    return new Promise((resolve) => {
      const xhr = new win.XMLHttpRequest();
      xhr.open('GET', path);
      xhr.responseType = responseType;
      xhr.addEventListener('loadend', () => resolve(xhr));
      xhr.send();
    });
  }

  it('posts the text of a matching response and leaves the page its own', async () => {
    install(8192);
    const xhr = await request('/api/feed');
    await settle();
    expect(xhr.status).toBe(200);
    expect(JSON.parse(xhr.responseText)).toEqual({ data: { list: [{ id: 1, text: '你好' }] } });
    expect(posted).toEqual([
      { channel: 'earshot:tap', kind: 'response', url: `${origin}/api/feed`, status: 200, body: bodies['/api/feed'].body },
    ]);
  });

  it("reads responseType 'json' through `response`, which stays the page's object", async () => {
    install(8192);
    const xhr = await request('/api/feed', 'json');
    await settle();
    expect(xhr.response).toEqual({ data: { list: [{ id: 1, text: '你好' }] } });
    expect(JSON.parse((posted[0] as TapResponseMessage).body!)).toEqual(xhr.response);
  });

  it('ignores non-matching URLs and marks oversized ones tooLarge', async () => {
    install(1000);
    await request('/static/app.json');
    const big = await request('/api/big');
    await settle();
    expect(big.responseText).toHaveLength(bodies['/api/big'].body.length);
    expect(posted).toEqual([{ channel: 'earshot:tap', kind: 'response', url: `${origin}/api/big`, status: 200, tooLarge: true }]);
  });

  it('rethrows send() errors unchanged and leaves no stray listener behind them', async () => {
    install(8192);
    const xhr = new win.XMLHttpRequest();
    const loaded = () => new Promise((resolve) => xhr.addEventListener('loadend', resolve, { once: true }));
    xhr.open('GET', '/api/feed');
    xhr.send();
    await loaded();

    // Sending a finished request again is an InvalidStateError, exactly as without the tap.
    expect(() => xhr.send()).toThrow(expect.objectContaining({ name: 'InvalidStateError' }));
    xhr.open('GET', '/api/feed');
    xhr.send();
    await loaded();
    await settle();
    expect(posted).toHaveLength(2);
  });
});
