// Which watches a captured text mentions. All terms and exclusions of all watches go into one
// Aho-Corasick automaton, so a text is read once however many watches there are (ingest runs this on
// every new post and comment). Latin terms need word boundaries ("lumina" is not in "illuminate");
// CJK terms are substrings (Chinese has no spaces: 光合咖啡太难喝了 mentions 光合咖啡).
import type { Platform } from '../model';
import type { Watch } from './types';
import { normalizeForMatch } from './normalize';

/** The fields of a watch that decide what it matches; a change to any of them needs a backfill. */
export type WatchDefinition = Pick<Watch, 'id' | 'terms' | 'exclude' | 'platforms'>;

// Works on UTF-16 code units: the boundary characters that matter (Latin letters, digits) are single
// units, and a number-keyed Map is the cheapest step per character.
interface Node {
  next: Map<number, number>;
  fail: number;
  /** Patterns ending here, including those reached through fail links. */
  outputs: number[];
}

interface Pattern {
  length: number;
  /** Its first/last character is a letter or digit of a spaced script: the neighbour must not be one. */
  boundedStart: boolean;
  boundedEnd: boolean;
  /** Watch indexes it makes a mention of, and watch indexes it vetoes. */
  includes: number[];
  excludes: number[];
}

export interface WatchMatcher {
  readonly watchIds: readonly string[];
  /** No watch at all: callers skip matching entirely. */
  readonly empty: boolean;
  readonly nodes: Node[];
  readonly patterns: Pattern[];
  /** Per watch: the platforms it counts (undefined = all). */
  readonly platforms: (ReadonlySet<Platform> | undefined)[];
}

// Letters and digits of scripts written with spaces between words. Han, kana and Hangul are not in
// it: "Lumina咖啡" mentions Lumina.
const WORD_CHAR = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Nd}_]/u;
const isWordChar = (char: string | undefined) => char !== undefined && WORD_CHAR.test(char);

function addPattern(nodes: Node[], text: string): number {
  let state = 0;
  for (let position = 0; position < text.length; position++) {
    const unit = text.charCodeAt(position);
    let next = nodes[state].next.get(unit);
    if (next === undefined) {
      next = nodes.length;
      nodes.push({ next: new Map(), fail: 0, outputs: [] });
      nodes[state].next.set(unit, next);
    }
    state = next;
  }
  return state;
}

function linkFailures(nodes: Node[]): void {
  const queue: number[] = [...nodes[0].next.values()];
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head];
    for (const [unit, child] of nodes[state].next) {
      let fallback = nodes[state].fail;
      while (fallback !== 0 && !nodes[fallback].next.has(unit)) fallback = nodes[fallback].fail;
      const target = nodes[fallback].next.get(unit);
      nodes[child].fail = target !== undefined && target !== child ? target : 0;
      nodes[child].outputs.push(...nodes[nodes[child].fail].outputs);
      queue.push(child);
    }
  }
}

export function compileWatches(watches: readonly WatchDefinition[]): WatchMatcher {
  const nodes: Node[] = [{ next: new Map(), fail: 0, outputs: [] }];
  const patterns: Pattern[] = [];
  const patternByText = new Map<string, number>();
  const patternFor = (raw: string): Pattern | undefined => {
    const text = normalizeForMatch(raw);
    if (!text) return undefined;
    let index = patternByText.get(text);
    if (index === undefined) {
      index = patterns.length;
      patterns.push({ length: text.length, boundedStart: isWordChar(text[0]), boundedEnd: isWordChar(text[text.length - 1]), includes: [], excludes: [] });
      patternByText.set(text, index);
      nodes[addPattern(nodes, text)].outputs.push(index);
    }
    return patterns[index];
  };
  watches.forEach((watch, watchIndex) => {
    for (const term of watch.terms) patternFor(term)?.includes.push(watchIndex);
    for (const term of watch.exclude) patternFor(term)?.excludes.push(watchIndex);
  });
  linkFailures(nodes);
  return {
    watchIds: watches.map((watch) => watch.id),
    empty: watches.length === 0,
    nodes,
    patterns,
    platforms: watches.map((watch) => (watch.platforms.length ? new Set(watch.platforms) : undefined)),
  };
}

export interface MatchableRecord {
  platform: Platform;
  text?: string;
  title?: string;
}

/** Ids of the watches `record` mentions, in the order the watches were compiled. */
export function matchWatches(matcher: WatchMatcher, record: MatchableRecord): string[] {
  if (matcher.empty) return [];
  const counted = matcher.platforms.map((platforms) => !platforms || platforms.has(record.platform));
  if (!counted.includes(true)) return [];
  const raw = record.title && record.text ? `${record.title}\n${record.text}` : record.title ?? record.text ?? '';
  const text = normalizeForMatch(raw);
  const mentioned = new Set<number>();
  const vetoed = new Set<number>();
  const { nodes, patterns } = matcher;
  let state = 0;
  for (let end = 0; end < text.length; end++) {
    const unit = text.charCodeAt(end);
    let next = nodes[state].next.get(unit);
    while (next === undefined && state !== 0) {
      state = nodes[state].fail;
      next = nodes[state].next.get(unit);
    }
    state = next ?? 0;
    const outputs = nodes[state].outputs;
    for (let o = 0; o < outputs.length; o++) {
      const pattern = patterns[outputs[o]];
      const start = end - pattern.length + 1;
      if (pattern.boundedStart && isWordChar(text[start - 1])) continue;
      if (pattern.boundedEnd && isWordChar(text[end + 1])) continue;
      for (const watch of pattern.includes) mentioned.add(watch);
      for (const watch of pattern.excludes) vetoed.add(watch);
    }
  }
  const ids: string[] = [];
  matcher.watchIds.forEach((id, index) => {
    if (counted[index] && mentioned.has(index) && !vetoed.has(index)) ids.push(id);
  });
  return ids;
}

/** Two 32-bit FNV-1a hashes (different seeds) as 16 hex digits: short enough to keep on the job row. */
function hash64(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    a = Math.imul(a ^ unit, 0x01000193);
    b = Math.imul(b ^ unit, 0x5bd1e995);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/**
 * What a watch matches, as a short string (the backfill job's version): equal signatures need no
 * backfill, so a rename, a new webhook or a reordered term list does not rescan everything.
 */
export function matchSignature(watch: WatchDefinition): string {
  const fold = (terms: readonly string[]) => [...new Set(terms.map(normalizeForMatch).filter(Boolean))].sort();
  return `m1-${hash64(JSON.stringify([fold(watch.terms), fold(watch.exclude), [...watch.platforms].sort()]))}`;
}
