// Coordinated posting (水军): many near-identical texts from different accounts within a short time. Shown as
// possible astroturfing, and each cluster is counted once in sentiment shares so fifty pasted comments are one
// voice, not fifty.
//
// Near-linear: exact duplicates (after compactText) collapse first; the distinct texts get a MinHash signature of
// their character 3-grams, and locality-sensitive banding puts likely pairs in the same bucket. Each text is
// verified (exact Jaccard) only against the first few texts of each of its buckets, never against all others.
import { compactText } from './text';

export interface CoordinationInput {
  id: string;
  authorId: string;
  text: string;
  /** ISO time the text was posted or seen. */
  at: string;
}

export interface CoordinatedCluster {
  /** Every near-identical item, in time order. */
  memberIds: string[];
  /** Distinct authors among the members. */
  authors: number;
  /** Most distinct authors inside any one span of `spanMinutes`: what made this a cluster. */
  peakAuthors: number;
  start: string;
  end: string;
  /** The text of the earliest member. */
  text: string;
}

export interface CoordinationOptions {
  minAuthors: number;
  /** Character 3-gram Jaccard at or above which two texts are near-identical. */
  minSimilarity: number;
  spanMinutes: number;
  /** Shorter texts (letters and digits) are skipped: "哈哈哈哈", "+1" and "求链接" are everyone's words, not a script. */
  minChars: number;
}

export const DEFAULT_COORDINATION: CoordinationOptions = { minAuthors: 5, minSimilarity: 0.8, spanMinutes: 30, minChars: 8 };

const BANDS = 8;
const ROWS = 3;
/** How many texts of a bucket a new text is verified against. */
const CHECKS_PER_BUCKET = 3;

function shingles(key: string): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i + 3 <= key.length; i++) {
    let h = 0x811c9dc5;
    for (let j = i; j < i + 3; j++) h = Math.imul(h ^ key.charCodeAt(j), 0x01000193);
    out.add(h >>> 0);
  }
  return out;
}

/** Fixed odd multipliers and offsets: one cheap hash function per signature row. */
const SALTS = Array.from({ length: BANDS * ROWS }, (_, i) => [(Math.imul(i + 1, 0x9e3779b1) | 1) >>> 0, Math.imul(i + 7, 0x85ebca6b) >>> 0]);

function signature(set: Set<number>): Uint32Array {
  const sig = new Uint32Array(SALTS.length).fill(0xffffffff);
  for (const h of set) {
    for (let r = 0; r < SALTS.length; r++) {
      let x = (Math.imul(h, SALTS[r][0]) + SALTS[r][1]) >>> 0;
      x = Math.imul(x ^ (x >>> 15), 0x2c1b3c6d) >>> 0;
      if (x < sig[r]) sig[r] = x;
    }
  }
  return sig;
}

export function jaccard(a: Set<number>, b: Set<number>): number {
  if (a.size === 0 && b.size === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const h of small) if (large.has(h)) shared++;
  return shared / (a.size + b.size - shared);
}

class UnionFind {
  private readonly parent: number[];
  constructor(size: number) { this.parent = Array.from({ length: size }, (_, i) => i); }
  find(i: number): number {
    while (this.parent[i] !== i) i = this.parent[i] = this.parent[this.parent[i]];
    return i;
  }
  union(a: number, b: number): void { this.parent[this.find(a)] = this.find(b); }
}

/** Most distinct authors within any span of spanMs, over members sorted by time (two pointers). */
function peakAuthorsWithin(members: { authorId: string; ms: number }[], spanMs: number): number {
  const inSpan = new Map<string, number>();
  let best = 0;
  let from = 0;
  for (const member of members) {
    inSpan.set(member.authorId, (inSpan.get(member.authorId) ?? 0) + 1);
    while (member.ms - members[from].ms > spanMs) {
      const left = members[from++].authorId;
      const count = inSpan.get(left)! - 1;
      if (count === 0) inSpan.delete(left); else inSpan.set(left, count);
    }
    best = Math.max(best, inSpan.size);
  }
  return best;
}

/** Clusters of near-identical texts posted by at least minAuthors accounts within spanMinutes, biggest first. */
export function findCoordinated(items: readonly CoordinationInput[], options: Partial<CoordinationOptions> = {}): CoordinatedCluster[] {
  const o = { ...DEFAULT_COORDINATION, ...options };
  const usable = items
    .map((item) => ({ item, key: compactText(item.text ?? ''), ms: Date.parse(item.at) }))
    .filter((entry) => entry.key.length >= o.minChars && Number.isFinite(entry.ms) && entry.item.authorId);

  const byKey = new Map<string, number>();
  const keys: string[] = [];
  const keyOf = usable.map(({ key }) => {
    let index = byKey.get(key);
    if (index === undefined) byKey.set(key, (index = keys.push(key) - 1));
    return index;
  });

  const sets = keys.map(shingles);
  const links = new UnionFind(keys.length);
  const buckets = new Map<number, number[]>();
  keys.forEach((_, index) => {
    const sig = signature(sets[index]);
    for (let band = 0; band < BANDS; band++) {
      // One number per band (a 28-bit mix of its rows, times BANDS, plus the band): small-integer keys keep the Map fast.
      let mixed = band;
      for (let row = band * ROWS; row < band * ROWS + ROWS; row++) mixed = Math.imul(mixed ^ sig[row], 0x01000193) >>> 0;
      const bucketKey = (mixed >>> 4) * BANDS + band; // stays a small integer (V8 Smi): no boxing
      const bucket = buckets.get(bucketKey);
      if (!bucket) { buckets.set(bucketKey, [index]); continue; }
      for (const other of bucket) {
        if (links.find(index) !== links.find(other) && jaccard(sets[index], sets[other]) >= o.minSimilarity) links.union(index, other);
      }
      if (bucket.length < CHECKS_PER_BUCKET) bucket.push(index);
    }
  });

  const groups = new Map<number, { id: string; authorId: string; ms: number; at: string; text: string }[]>();
  usable.forEach(({ item, ms }, i) => {
    const root = links.find(keyOf[i]);
    const group = groups.get(root) ?? [];
    group.push({ id: item.id, authorId: item.authorId, ms, at: item.at, text: item.text });
    groups.set(root, group);
  });

  const clusters: CoordinatedCluster[] = [];
  for (const members of groups.values()) {
    if (members.length < o.minAuthors) continue;
    members.sort((a, b) => a.ms - b.ms);
    const peakAuthors = peakAuthorsWithin(members, o.spanMinutes * 60_000);
    if (peakAuthors < o.minAuthors) continue;
    clusters.push({
      memberIds: members.map((m) => m.id),
      authors: new Set(members.map((m) => m.authorId)).size,
      peakAuthors,
      start: members[0].at,
      end: members[members.length - 1].at,
      text: members[0].text,
    });
  }
  return clusters.sort((a, b) => b.memberIds.length - a.memberIds.length);
}
