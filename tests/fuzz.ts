// Fuzzing the platform adapters: truncated, mistyped and random variants of real captures must never
// make an adapter throw, and every record that comes out must still be well-formed (the background's
// own record check: no NaN, no negative counts, valid ISO dates, ids with their platform prefix).
import { Window } from 'happy-dom';
import type { Adapter, ParseContext } from '../lib/platforms/types';
import { checkRecord } from '../lib/validate-record';

export interface FuzzProblem {
  iteration: number;
  sample: string;
  problem: string;
}

/** Deterministic PRNG (mulberry32), so a failing case can be replayed. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ODD_VALUES: unknown[] = [
  null, undefined, 0, -1, -999999, 1e21, Number.MAX_SAFE_INTEGER, 0.5, true, false, '', ' ', 'NaN', '-12', '1.2万', '10万+',
  'abc', '<img src=x onerror=alert(1)>', '9999-99-99', 'Tue Xyz 99 99:99:99 +0800 2024', [], {}, [null], { id: null }, '\u0000',
];

function containersOf(root: unknown): Array<{ parent: any; key: string | number }> {
  const found: Array<{ parent: any; key: string | number }> = [];
  const stack: unknown[] = [root];
  while (stack.length) {
    const node = stack.pop();
    if (Array.isArray(node)) node.forEach((child, index) => { found.push({ parent: node, key: index }); stack.push(child); });
    else if (node && typeof node === 'object') for (const [key, child] of Object.entries(node)) { found.push({ parent: node, key }); stack.push(child); }
  }
  return found;
}

/** One random structural change: drop a field, cut an array or string, or put a value of another type in. */
function mutateOnce(root: unknown, rand: () => number): unknown {
  const slots = containersOf(root);
  if (slots.length === 0) return ODD_VALUES[Math.floor(rand() * ODD_VALUES.length)];
  const { parent, key } = slots[Math.floor(rand() * slots.length)];
  const value = parent[key];
  const choice = rand();
  if (choice < 0.3) {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key];
  } else if (choice < 0.45 && Array.isArray(value)) {
    value.length = Math.floor(value.length * rand());
  } else if (choice < 0.55 && typeof value === 'string') {
    parent[key] = value.slice(0, Math.floor(value.length * rand()));
  } else {
    parent[key] = structuredClone(ODD_VALUES[Math.floor(rand() * ODD_VALUES.length)]);
  }
  return root;
}

function randomJson(rand: () => number, depth = 0): unknown {
  const pick = rand();
  if (depth > 3 || pick < 0.4) return ODD_VALUES[Math.floor(rand() * ODD_VALUES.length)];
  if (pick < 0.7) return Array.from({ length: Math.floor(rand() * 4) }, () => randomJson(rand, depth + 1));
  return Object.fromEntries(Array.from({ length: Math.floor(rand() * 4) }, (_, i) => [['data', 'list', 'id', 'text', 'user', 'cards', 'comments', 'items'][i % 8], randomJson(rand, depth + 1)]));
}

function checkOutput(output: unknown, push: (problem: string) => void): void {
  const result = output as { records?: unknown; skipped?: unknown } | undefined;
  if (!result || !Array.isArray(result.records)) return push('returned no records array');
  if (typeof result.skipped !== 'number' || !Number.isFinite(result.skipped) || result.skipped < 0) push(`bad skipped count ${String(result.skipped)}`);
  for (const record of result.records) {
    try {
      checkRecord(record);
    } catch (error) {
      push(`bad record ${(record as { id?: string })?.id ?? '?'}: ${(error as Error).message}`);
    }
  }
}

const CONTEXT = (url: string): ParseContext => ({ url, capturedAt: '2026-11-26T08:00:00.000Z' });

/** Feeds `iterations` mutated copies of the sample responses to `adapter.fromResponse`. */
export function fuzzResponses(adapter: Adapter, samples: ReadonlyArray<{ url: string; body: unknown }>, iterations: number, seed = 1): FuzzProblem[] {
  const rand = random(seed);
  const problems: FuzzProblem[] = [];
  for (let iteration = 0; iteration < iterations; iteration++) {
    const sample = samples[iteration % samples.length];
    let body: unknown;
    if (iteration % 10 === 9) body = randomJson(rand);
    else {
      body = structuredClone(sample.body);
      const mutations = 1 + Math.floor(rand() * 6);
      for (let i = 0; i < mutations; i++) body = mutateOnce(body, rand);
    }
    const push = (problem: string) => problems.push({ iteration, sample: sample.url, problem });
    try {
      checkOutput(adapter.fromResponse!(body, CONTEXT(sample.url)), push);
    } catch (error) {
      push(`threw ${(error as Error)?.stack ?? String(error)}`);
    }
  }
  return problems;
}

/** Parses HTML the way the CLI does (no scripts run, nothing fetched). */
export function documentOf(html: string, url: string): Document {
  const window = new Window({ url, settings: { disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  window.document.write(html);
  return window.document as unknown as Document;
}

/** Feeds cut and scrambled variants of saved pages to `fromDocument` / `fromDom`. */
export function fuzzDocuments(adapter: Adapter, samples: ReadonlyArray<{ url: string; html: string }>, iterations: number, seed = 1): FuzzProblem[] {
  const rand = random(seed);
  const problems: FuzzProblem[] = [];
  for (let iteration = 0; iteration < iterations; iteration++) {
    const sample = samples[iteration % samples.length];
    let html = sample.html;
    const cuts = 1 + Math.floor(rand() * 3);
    for (let i = 0; i < cuts; i++) {
      const at = Math.floor(rand() * html.length);
      const kind = rand();
      if (kind < 0.4) html = html.slice(0, at);
      else if (kind < 0.7) html = html.slice(0, at) + html.slice(at + Math.floor(rand() * 200));
      else html = html.slice(0, at) + String(ODD_VALUES[Math.floor(rand() * ODD_VALUES.length)]) + html.slice(at);
    }
    const doc = documentOf(html, sample.url);
    for (const method of ['fromDocument', 'fromDom'] as const) {
      const parse = adapter[method];
      if (!parse) continue;
      const push = (problem: string) => problems.push({ iteration, sample: `${sample.url} (${method})`, problem });
      try {
        checkOutput(parse.call(adapter, doc, CONTEXT(sample.url)), push);
      } catch (error) {
        push(`threw ${(error as Error)?.stack ?? String(error)}`);
      }
    }
  }
  return problems;
}
