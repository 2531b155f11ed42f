// The library's search/filter/sort state as the form holds it (strings), and the filter it means.
import type { Media, Platform } from '../model';
import type { ExampleFilter, ExampleSort } from './filter';
import type { ExampleStance } from './types';
import { savedRange } from './ui-inputs';

export type LibrarySort = ExampleSort;
export const LIBRARY_SORTS: readonly LibrarySort[] = ['savedAt', 'engagement', 'engagementRate'];

export interface LibraryControls {
  query: string;
  platform: string;
  board: string;
  tag: string;
  stance: string;
  brand: string;
  media: string;
  /** `<input type="date">` values, YYYY-MM-DD in the user's time zone, or ''. */
  fromDay: string;
  toDay: string;
  sort: LibrarySort;
}

export const EMPTY_CONTROLS: LibraryControls = {
  query: '', platform: '', board: '', tag: '', stance: '', brand: '', media: '', fromDay: '', toDay: '', sort: 'savedAt',
};

/** The filter without the query: search runs on the `searchTerms` index first (see components/swipe/queries.ts). */
export function filterOf(controls: LibraryControls): ExampleFilter {
  const range = savedRange(controls.fromDay, controls.toDay);
  const filter: ExampleFilter = {};
  if (controls.platform) filter.platforms = [controls.platform as Platform];
  if (controls.media) filter.media = [controls.media as Media];
  if (controls.board) filter.board = controls.board;
  if (controls.tag) filter.tag = controls.tag;
  if (controls.stance) filter.stance = controls.stance as ExampleStance;
  if (controls.brand) filter.brand = controls.brand;
  if (range.from) filter.savedFrom = range.from;
  if (range.to) filter.savedTo = range.to;
  return filter;
}

/** Whether anything narrows the list (the sort order does not). */
export function isFiltered(controls: LibraryControls): boolean {
  return (Object.keys(EMPTY_CONTROLS) as (keyof LibraryControls)[])
    .some((key) => key !== 'sort' && controls[key].trim() !== '');
}
