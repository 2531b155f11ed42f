// The library's filters and sort orders. Pure: the dashboard reads examples (and the records they
// show, for current counts) and passes them here.
import { engagementOf, type Author, type Media, type Metrics, type Platform } from '../model';
import { growthOf } from './growth';
import { matchesQuery, queryTerms } from './search-terms';
import type { ExampleStance, SavedExample } from './types';

export interface ExampleFilter {
  platforms?: readonly Platform[];
  /** A board or a parent board: "Competitor A" also shows "Competitor A / Q4 campaigns". */
  board?: string;
  tag?: string;
  stance?: ExampleStance;
  brand?: string;
  media?: readonly Media[];
  /** ISO times, inclusive: when the example was saved. */
  savedFrom?: string;
  savedTo?: string;
  /** Full-text query, Chinese and English (see search-terms.ts). */
  query?: string;
  /** Only examples whose counts went up since they were saved. */
  growingOnly?: boolean;
}

export type ExampleSort = 'engagement' | 'engagementRate' | 'savedAt';

/** What the filters and sorts read of the record an example shows. */
export interface CurrentRecord {
  metrics?: Metrics;
  author?: Pick<Author, 'followers'>;
}
export type CurrentRecords = ReadonlyMap<string, CurrentRecord>;

const boardPath = (board: string) => board.split('/').map((part) => part.trim().toLowerCase()).filter(Boolean);

export function inBoard(exampleBoard: string | undefined, board: string): boolean {
  const want = boardPath(board);
  const have = boardPath(exampleBoard ?? '');
  return want.length > 0 && want.length <= have.length && want.every((part, i) => part === have[i]);
}

const same = (a: string | undefined, b: string) => (a ?? '').trim().toLowerCase() === b.trim().toLowerCase();

export function filterExamples(examples: readonly SavedExample[], filter: ExampleFilter, records: CurrentRecords = new Map()): SavedExample[] {
  const terms = filter.query ? queryTerms(filter.query) : [];
  const from = filter.savedFrom ? Date.parse(filter.savedFrom) : -Infinity;
  const to = filter.savedTo ? Date.parse(filter.savedTo) : Infinity;
  return examples.filter((example) => {
    if (filter.platforms?.length && !filter.platforms.includes(example.platform)) return false;
    if (filter.media?.length && !filter.media.includes(example.media)) return false;
    if (filter.board && !inBoard(example.board, filter.board)) return false;
    if (filter.tag && !example.tags.some((tag) => same(tag, filter.tag!))) return false;
    if (filter.stance && example.stance !== filter.stance) return false;
    if (filter.brand && !same(example.brand, filter.brand)) return false;
    const saved = Date.parse(example.savedAt);
    if (saved < from || saved > to) return false;
    if (filter.growingOnly && !growthOf(example, records.get(example.recordId))?.grew) return false;
    return matchesQuery(example.searchTerms, terms);
  });
}

/** Current counts when the record is still stored, else the counts at save. */
export function currentMetrics(example: SavedExample, records: CurrentRecords): Metrics {
  return records.get(example.recordId)?.metrics ?? example.metricsAtSave;
}

/**
 * Engagements per view when views are known (the fairest reach measure), else per follower of the
 * author; undefined when neither is known.
 */
export function engagementRate(example: SavedExample, records: CurrentRecords): number | undefined {
  const metrics = currentMetrics(example, records);
  const followers = records.get(example.recordId)?.author?.followers ?? example.author.followers;
  const base = metrics.views || followers;
  return base ? engagementOf(metrics, example.platform) / base : undefined;
}

/** Highest first; examples with no rate go last; ties newest saved first, then by id (stable). */
export function sortExamples(examples: readonly SavedExample[], sort: ExampleSort, records: CurrentRecords = new Map()): SavedExample[] {
  const key = (example: SavedExample): number | undefined => {
    if (sort === 'savedAt') return Date.parse(example.savedAt);
    if (sort === 'engagement') return engagementOf(currentMetrics(example, records), example.platform);
    return engagementRate(example, records);
  };
  const keyed = examples.map((example) => ({ example, value: key(example) }));
  keyed.sort((a, b) => {
    if (a.value !== b.value) {
      if (a.value === undefined) return 1;
      if (b.value === undefined) return -1;
      return b.value - a.value;
    }
    return b.example.savedAt.localeCompare(a.example.savedAt) || a.example.id.localeCompare(b.example.id);
  });
  return keyed.map(({ example }) => example);
}
