// Which adapter reads which response or page, over a given list of adapters, and a runner that keeps
// one adapter's failure from reaching the page or the other adapters. Imports no adapter: each
// platform's content script bundles only its own (entrypoints/collector-*.content.ts).
import type { CapturedRecord } from '../model';
import type { Adapter, ParseContext } from './types';

function hostOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.hostname.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}

function servesHost(adapter: Adapter, host: string): boolean {
  return adapter.hosts.some((known) => host === known || host.endsWith(`.${known}`));
}

export type AdapterMethod = 'fromResponse' | 'fromDocument' | 'fromDom';

export interface AdapterOutcome {
  adapter: string;
  records: CapturedRecord[];
  /** Malformed items the adapter skipped, plus records it returned without an id or kind. */
  skipped: number;
  /** Set when the adapter threw or returned something that is not a ParseResult. */
  error?: string;
}

function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

function isRecord(value: unknown): value is CapturedRecord {
  const record = value as Partial<CapturedRecord> | null;
  return typeof record === 'object' && record !== null && typeof record.id === 'string' && record.id !== ''
    && (record.kind === 'post' || record.kind === 'comment' || record.kind === 'trend');
}

/** Runs one adapter method; never throws. A missing method is not an error: that adapter has nothing to say. */
export function runAdapter(adapter: Adapter, method: 'fromResponse', input: unknown, ctx: ParseContext): AdapterOutcome;
export function runAdapter(adapter: Adapter, method: 'fromDocument' | 'fromDom', input: Document, ctx: ParseContext): AdapterOutcome;
export function runAdapter(adapter: Adapter, method: AdapterMethod, input: unknown, ctx: ParseContext): AdapterOutcome {
  const name = adapter.name;
  const parse = adapter[method] as ((input: unknown, ctx: ParseContext) => unknown) | undefined;
  if (!parse) return { adapter: name, records: [], skipped: 0 };
  try {
    const result = parse.call(adapter, input, ctx) as { records?: unknown; skipped?: unknown } | null | undefined;
    if (!result || !Array.isArray(result.records)) {
      return { adapter: name, records: [], skipped: 0, error: `${method} returned no records array` };
    }
    const records = result.records.filter(isRecord);
    const reported = typeof result.skipped === 'number' && result.skipped > 0 ? result.skipped : 0;
    return { adapter: name, records, skipped: reported + result.records.length - records.length };
  } catch (error) {
    return { adapter: name, records: [], skipped: 0, error: describeError(error) };
  }
}

export interface AdapterRegistry {
  adapterForResponse(url: string): Adapter | undefined;
  adaptersForPage(url: string): Adapter[];
  runAdapter: typeof runAdapter;
}

/**
 * Lookups over `adapters`. A page whose host none of them serves gets `fallback` (the generic reader)
 * when there is one. The fallback stays out of platform pages on purpose: there it would turn the
 * page's OpenGraph tags into a duplicate 'web' post of what the platform adapter already read.
 */
export function registryOf(adapters: readonly Adapter[], fallback?: Adapter): AdapterRegistry {
  const all = fallback ? [...adapters, fallback] : adapters;
  return {
    adapterForResponse: (url) => all.find((adapter) => adapter.responsePatterns.some((pattern) => pattern.test(url))),
    adaptersForPage(url) {
      const host = hostOf(url);
      if (!host) return [];
      const own = adapters.filter((adapter) => servesHost(adapter, host));
      return own.length || !fallback ? own : [fallback];
    },
    runAdapter,
  };
}

