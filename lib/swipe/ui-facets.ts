// The choices the library's filter menus offer, counted over the saved examples.
import type { Media, Platform } from '../model';
import type { ExampleStance, SavedExample } from './types';

export interface FacetOption<T extends string = string> {
  value: T;
  count: number;
}

/** A board in the menu; "Competitor A / Q4" sits under "Competitor A" (depth 1), which counts both. */
export interface BoardOption extends FacetOption {
  /** The last part of the path, shown indented by depth. */
  name: string;
  depth: number;
}

export interface LibraryFacets {
  platforms: FacetOption<Platform>[];
  boards: BoardOption[];
  tags: FacetOption[];
  stances: FacetOption<ExampleStance>[];
  brands: FacetOption[];
  media: FacetOption<Media>[];
}

/** Board paths are split on "/" with the spaces around each part dropped. */
export function boardPath(board: string): string[] {
  return board.split('/').map((part) => part.trim()).filter(Boolean);
}

function tally<T extends string>(values: Iterable<T>): FacetOption<T>[] {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

function byPath(a: string[], b: string[]): number {
  for (let index = 0; index < Math.min(a.length, b.length); index++) {
    const order = a[index]!.localeCompare(b[index]!);
    if (order !== 0) return order;
  }
  return a.length - b.length;
}

export function boardOptions(examples: readonly SavedExample[]): BoardOption[] {
  const counts = new Map<string, number>();
  for (const example of examples) {
    const parts = example.board ? boardPath(example.board) : [];
    // Every prefix of the path counts the example once, so a parent shows its whole subtree.
    parts.forEach((_, index) => {
      const key = parts.slice(0, index + 1).join(' / ');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    });
  }
  // Comparing part by part keeps each child right under its parent ("A / Q4" before "A B").
  return [...counts.keys()].map(boardPath).sort(byPath).map((parts) => {
    const value = parts.join(' / ');
    return { value, count: counts.get(value)!, name: parts[parts.length - 1]!, depth: parts.length - 1 };
  });
}

export function libraryFacets(examples: readonly SavedExample[]): LibraryFacets {
  return {
    platforms: tally(examples.map((example) => example.platform)),
    boards: boardOptions(examples),
    tags: tally(examples.flatMap((example) => example.tags)),
    stances: tally(examples.flatMap((example) => (example.stance ? [example.stance] : []))),
    brands: tally(examples.flatMap((example) => (example.brand ? [example.brand] : []))),
    media: tally(examples.map((example) => example.media)),
  };
}
