// How a record seen again is folded into the stored one. Pure: (stored, incoming) → stored.
// Richer wins for descriptive fields; the newest capture wins per metric; nothing defined is ever erased.
import type { StoredComment, StoredFields, StoredPost, StoredTrend } from './db';
import type { Author, CapturedRecord, Comment, Metrics, Post, Source, Trend } from './model';

export const MAX_SEEN_ON = 20;
const SOURCE_RANK: Record<Source, number> = { dom: 0, embedded: 1, api: 2 };
// Markers platforms put at the end of a cut text ("…全文", "Show more"); a text that only adds to the
// cut version is its long-text expansion, whichever way it was read.
const TRUNCATION_TAIL = /(?:\s|\.{3}|…|\u200b|展开全文|全文|展开|显示全部|Show more|See more|Read more)+$/i;

type Stored<T extends CapturedRecord> = T & StoredFields;

/** Drops keys whose value is undefined. Returns the object itself when it has none: never mutate the result. */
export function withoutUndefined<T extends object>(object: T): T {
  for (const value of Object.values(object)) {
    if (value === undefined) return Object.fromEntries(Object.entries(object).filter(([, kept]) => kept !== undefined)) as T;
  }
  return object;
}

const time = (iso: string) => Date.parse(iso);
const laterIso = (a: string, b: string) => (time(b) > time(a) ? b : a);

export function appendSeenOn(seenOn: readonly string[], pageUrl: string): string[] {
  if (seenOn.includes(pageUrl)) return seenOn as string[];
  return [...seenOn, pageUrl].slice(-MAX_SEEN_ON);
}

/** Newer counts overwrite per metric; older ones only fill gaps; an absent metric never erases one. */
export function mergeMetrics(stored: Metrics, incoming: Metrics, incomingIsNewer: boolean): Metrics {
  const defined = withoutUndefined(incoming);
  return incomingIsNewer ? { ...stored, ...defined } : { ...defined, ...stored };
}

export function sameMetrics(a: Metrics, b: Metrics): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof Metrics>;
  for (const key of keys) if (a[key] !== b[key]) return false;
  return true;
}

/** Field-wise: the preferred side's defined fields win, the other side fills what it lacks. */
export function mergeAuthor(stored: Author, incoming: Author, incomingIsPreferred: boolean): Author {
  const [first, second] = incomingIsPreferred ? [incoming, stored] : [stored, incoming];
  const merged = { ...withoutUndefined(second), ...withoutUndefined(first) };
  // An empty name (a DOM fallback that found none) is no name.
  if (!merged.name) merged.name = first.name || second.name || '';
  return merged;
}

function normalizedForPrefix(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(TRUNCATION_TAIL, '');
}

/** Text rule: an expansion of the other text wins; else the better source; else the longer text. */
export function mergeText(stored: { text: string; source: Source }, incoming: { text: string; source: Source }): string {
  if (stored.text === incoming.text || !incoming.text) return stored.text;
  if (!stored.text) return incoming.text;
  const [shorter, longer] = stored.text.length <= incoming.text.length ? [stored.text, incoming.text] : [incoming.text, stored.text];
  if (normalizedForPrefix(longer).startsWith(normalizedForPrefix(shorter))) return longer;
  const rankDelta = SOURCE_RANK[incoming.source] - SOURCE_RANK[stored.source];
  if (rankDelta !== 0) return rankDelta > 0 ? incoming.text : stored.text;
  return longer;
}

/** Who speaks for descriptive fields: the better source, then the newer capture. */
function incomingIsPreferred(stored: Post | Comment, incoming: Post | Comment): boolean {
  const rankDelta = SOURCE_RANK[incoming.source] - SOURCE_RANK[stored.source];
  return rankDelta !== 0 ? rankDelta > 0 : time(incoming.capturedAt) >= time(stored.capturedAt);
}

/** Who speaks for counts: the newer capture; at the same moment, the better source. */
function incomingIsNewer(stored: Post | Comment, incoming: Post | Comment): boolean {
  const delta = time(incoming.capturedAt) - time(stored.capturedAt);
  return delta !== 0 ? delta > 0 : SOURCE_RANK[incoming.source] >= SOURCE_RANK[stored.source];
}

function mergeWriting<T extends Post | Comment>(stored: Stored<T>, incoming: T, pageUrl: string, nowIso: string): Stored<T> {
  const preferred = incomingIsPreferred(stored, incoming);
  const newer = incomingIsNewer(stored, incoming);
  const base: Stored<T> = preferred ? { ...stored, ...withoutUndefined(incoming) } : { ...withoutUndefined(incoming), ...stored };
  // Stored-only fields (sentiment, watch terms, firstSeenAt) come from the stored row; incoming has none.
  return Object.assign(base, {
    text: mergeText(stored, incoming),
    author: mergeAuthor(stored.author, incoming.author, newer),
    metrics: mergeMetrics(stored.metrics, incoming.metrics, newer),
    capturedAt: laterIso(stored.capturedAt, incoming.capturedAt),
    source: SOURCE_RANK[incoming.source] > SOURCE_RANK[stored.source] ? incoming.source : stored.source,
    lastSeenAt: laterIso(stored.lastSeenAt, nowIso),
    seenOn: appendSeenOn(stored.seenOn, pageUrl),
  });
}

export function mergePost(stored: StoredPost, incoming: Post, pageUrl: string, nowIso: string): StoredPost {
  const merged = mergeWriting(stored, incoming, pageUrl, nowIso);
  // 'text' is what a reader says when it saw no media; any other kind is the richer answer.
  if (merged.media === 'text') merged.media = incoming.media === 'text' ? stored.media : incoming.media;
  return merged;
}

export function mergeComment(stored: StoredComment, incoming: Comment, pageUrl: string, nowIso: string): StoredComment {
  return mergeWriting(stored, incoming, pageUrl, nowIso);
}

/** A hot-list entry is a snapshot of the list: the newer capture wins; heat is kept when absent. */
export function mergeTrend(stored: StoredTrend, incoming: Trend, pageUrl: string, nowIso: string): StoredTrend {
  const newer = time(incoming.capturedAt) >= time(stored.capturedAt);
  const [first, second] = newer ? [incoming, stored] : [stored, incoming];
  return {
    ...withoutUndefined(second),
    ...withoutUndefined(first),
    firstSeenAt: stored.firstSeenAt,
    capturedAt: laterIso(stored.capturedAt, incoming.capturedAt),
    lastSeenAt: laterIso(stored.lastSeenAt, nowIso),
    seenOn: appendSeenOn(stored.seenOn, pageUrl),
  };
}

export function firstSeen<T extends CapturedRecord>(record: T, pageUrl: string, nowIso: string): Stored<T> {
  const stored: Stored<T> = { ...withoutUndefined(record), firstSeenAt: nowIso, lastSeenAt: nowIso, seenOn: [pageUrl] };
  if (stored.kind !== 'trend') {
    stored.metrics = withoutUndefined(stored.metrics);
    stored.author = withoutUndefined(stored.author);
  }
  return stored;
}
