// The isolated-world collector: turns the tap's responses, the page's embedded state and (as a
// fallback) its DOM into records through the platform adapters, and queues them for the background.
import type { CapturedRecord } from '../model';
import type { AdapterHealthDelta, TapResponseMessage } from '../messages';
import type { Adapter, ParseContext } from '../platforms/types';
import { healthDelta } from './health';
import { RecordDeduper } from './record-deduper';
import { withoutJsonGuard } from './json-guard';
import { keepVanishedScripts } from './vanished-scripts';
import { isTapChannel, readTapMessage } from './tap-message';
import { realTimers, throttle, type Timers } from './throttle';

/** What lib/platforms/index.ts `runAdapter` returns; it never throws. */
export interface AdapterRun {
  adapter: string;
  records: CapturedRecord[];
  skipped: number;
  error?: string;
}

export interface CollectorRegistry {
  adapterForResponse(url: string): Adapter | undefined;
  adaptersForPage(url: string): Adapter[];
  runAdapter(adapter: Adapter, method: 'fromResponse', input: unknown, ctx: ParseContext): AdapterRun;
  runAdapter(adapter: Adapter, method: 'fromDocument' | 'fromDom', input: Document, ctx: ParseContext): AdapterRun;
}

export interface CollectorSink {
  push(pageUrl: string, adapter: string, records: readonly CapturedRecord[], delta: AdapterHealthDelta): void;
  flush(): void;
}

export interface CollectorOptions {
  win: Window & typeof globalThis;
  registry: CollectorRegistry;
  queue: CollectorSink;
  timers?: Timers;
  /** The DOM fallback runs at most this often while the page keeps changing. */
  domIntervalMs?: number;
  /** Fallback for URL changes the tap did not announce (e.g. a page that saved pushState before us). */
  urlPollMs?: number;
}

export interface Collector {
  /** Window messages on the tap's channel that were not well-formed (forged or broken). */
  readonly malformedMessages: number;
  stop(): void;
}

function shortUrl(url: string): string {
  try {
    const { host, pathname } = new URL(url);
    return `${host}${pathname}`.slice(0, 200);
  } catch {
    return url.slice(0, 200);
  }
}

export function startCollector(options: CollectorOptions): Collector {
  const { win, registry, queue } = options;
  const timers = options.timers ?? realTimers;
  let deduper = new RecordDeduper();
  let malformedMessages = 0;
  let currentUrl = win.location.href;
  let pageAdapters = registry.adaptersForPage(currentUrl);
  let documentReady = win.document.readyState !== 'loading';
  let observer: MutationObserver | undefined;

  const context = (url: string): ParseContext => ({ url, capturedAt: new Date(timers.now()).toISOString() });

  /** Items are the records actually sent (new or changed), so re-seeing a page does not inflate them. */
  function accept(adapterName: string, run: () => AdapterRun): void {
    let outcome: AdapterRun;
    try {
      outcome = run();
    } catch (error) {
      // runAdapter promises not to throw; if it does anyway, it is still this adapter's error.
      outcome = { adapter: adapterName, records: [], skipped: 0, error: String(error) };
    }
    const fresh = deduper.fresh(outcome.records);
    const delta = healthDelta(outcome.adapter, {
      items: fresh.length, errors: outcome.error ? 1 : 0, skipped: outcome.skipped, lastError: outcome.error,
    });
    queue.push(win.location.href, outcome.adapter, fresh, delta);
  }

  function skip(adapter: Adapter, reason: string): void {
    queue.push(win.location.href, adapter.name, [], healthDelta(adapter.name, { skipped: 1, lastError: reason }));
  }

  function onResponse(message: TapResponseMessage): void {
    const adapter = registry.adapterForResponse(message.url);
    // The page could post tap-shaped messages itself: it may only feed the adapters of its own site.
    if (!adapter?.fromResponse || !pageAdapters.some((candidate) => candidate.name === adapter.name)) return;
    if (message.tooLarge) return skip(adapter, `response over the size cap: ${shortUrl(message.url)}`);
    // Error pages and empty answers (204, aborted) carry no posts and are not malformed.
    if (message.status < 200 || message.status > 299 || !message.body?.trim()) return;
    let body: unknown;
    try {
      body = JSON.parse(withoutJsonGuard(message.body));
    } catch {
      return skip(adapter, `bad JSON from ${shortUrl(message.url)}`);
    }
    accept(adapter.name, () => registry.runAdapter(adapter, 'fromResponse', body, context(message.url)));
  }

  const vanished = keepVanishedScripts(win);

  function runPass(method: 'fromDocument' | 'fromDom'): void {
    const removedState = method === 'fromDocument' ? vanished.document() : undefined;
    for (const adapter of pageAdapters) {
      if (!adapter[method]) continue;
      accept(adapter.name, () => registry.runAdapter(adapter, method, win.document, context(win.location.href)));
      if (removedState) accept(adapter.name, () => registry.runAdapter(adapter, method, removedState, context(win.location.href)));
    }
  }

  const domPass = throttle(() => runPass('fromDom'), options.domIntervalMs ?? 1500, timers);

  function watchDom(): void {
    const wanted = documentReady && pageAdapters.some((adapter) => adapter.fromDom);
    if (wanted && !observer) {
      observer = new win.MutationObserver(() => domPass.request());
      observer.observe(win.document, { childList: true, subtree: true, characterData: true });
    } else if (!wanted && observer) {
      observer.disconnect();
      observer = undefined;
      domPass.cancel();
    }
    if (wanted) domPass.request();
  }

  function onReady(): void {
    documentReady = true;
    runPass('fromDocument');
    watchDom();
  }

  function checkUrl(): void {
    const url = win.location.href;
    if (url === currentUrl) return;
    currentUrl = url;
    pageAdapters = registry.adaptersForPage(url);
    // A record seen before on another URL of this tab must be sent again, so its seenOn gets this URL
    // and the popup's "this tab" lists it.
    deduper = new RecordDeduper();
    if (!documentReady) return;
    runPass('fromDocument');
    watchDom();
  }

  function onMessage(event: MessageEvent): void {
    // Only this window's own messages: frames and other windows are not the tap.
    if (event.source !== win) return;
    const message = readTapMessage(event.data);
    if (!message) {
      if (isTapChannel(event.data)) malformedMessages++;
      return;
    }
    if (message.kind === 'navigate') checkUrl();
    else onResponse(message);
  }

  // Embedded state may be filled in by scripts after DOMContentLoaded: read again on load (the
  // deduper drops what was already sent).
  const onLoad = (): void => {
    runPass('fromDocument');
    // State scripts run before load; after it, watching for removed scripts would only cost.
    vanished.stop();
  };
  const onPageHide = (): void => queue.flush();

  win.addEventListener('message', onMessage);
  win.addEventListener('pagehide', onPageHide);
  if (win.document.readyState === 'loading') win.document.addEventListener('DOMContentLoaded', onReady, { once: true });
  else onReady();
  if (win.document.readyState !== 'complete') win.addEventListener('load', onLoad, { once: true });
  const urlPoll = timers.setInterval(checkUrl, options.urlPollMs ?? 1000);

  return {
    get malformedMessages() {
      return malformedMessages;
    },
    stop() {
      vanished.stop();
      win.removeEventListener('message', onMessage);
      win.removeEventListener('pagehide', onPageHide);
      win.removeEventListener('load', onLoad);
      win.document.removeEventListener('DOMContentLoaded', onReady);
      timers.clearInterval(urlPoll);
      domPass.cancel();
      observer?.disconnect();
      observer = undefined;
    },
  };
}
