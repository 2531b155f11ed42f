// What ingest does for watches: tag new and edited rows with the watches they mention, and count newly
// captured mentions per watch per hour with their sentiment mix (lib/watch/types.ts WatchRollup).
import type { StoredFields } from '../db';
import type { CapturedRecord } from '../model';
import { effectiveSentiment, type ScoredRow } from '../sentiment-store';
import { matchWatches, type WatchMatcher } from './match';
import type { WatchRollup } from './types';

type Row = CapturedRecord & StoredFields;

const textOf = (row: Row) => (row.kind === 'trend' ? undefined : row.text);
const titleOf = (row: Row) => (row.kind === 'comment' ? undefined : row.title);

const matchable = (row: Row) => ({ platform: row.platform, text: textOf(row), title: titleOf(row) });

/** Whether `row` mentions any watch of `matcher` (the backfill compiles one watch alone). */
export function isMentionedBy(matcher: WatchMatcher, row: Row): boolean {
  return matchWatches(matcher, matchable(row)).length > 0;
}

/** Sets or removes `watchIds` on `row` from its current text; absent (not empty) when nothing matches. */
export function tagWatchIds(matcher: WatchMatcher, row: Row): string[] {
  const ids = matchWatches(matcher, matchable(row));
  if (ids.length) row.watchIds = ids;
  else delete row.watchIds;
  return ids;
}

/** A row's text is matched when it is new or what it says changed; a row seen again unchanged keeps its tags. */
export function needsMatching(row: Row, previous: Row | undefined): boolean {
  return !previous || textOf(previous) !== textOf(row) || titleOf(previous) !== titleOf(row);
}

export const rollupKey = (watchId: string, hour: string): [string, string] => [watchId, hour];

/** Adds one mention with its effective sentiment (a user correction wins) to `rollup`. */
export function countMention(rollup: WatchRollup, row: ScoredRow): void {
  rollup.mentions += 1;
  const sentiment = effectiveSentiment(row);
  if (!sentiment) return;
  rollup.labelled += 1;
  if (sentiment.label === 'negative') rollup.negative += 1;
  if (sentiment.label === 'positive') rollup.positive += 1;
}

export const emptyRollup = (watchId: string, hour: string): WatchRollup => ({ watchId, hour, mentions: 0, labelled: 0, negative: 0, positive: 0 });

/**
 * Rollups after adding `mentions` (posts and comments, each with the watch ids it matched and the hour
 * it counts in) to the stored rows; returns only the rows that changed. Trends are a hot-list signal,
 * read through the trends index, not talk volume, so callers pass none.
 */
export function addToWatchRollups(stored: readonly (WatchRollup | undefined)[], mentions: readonly { row: ScoredRow; watchIds: readonly string[]; hour: string }[]): WatchRollup[] {
  const rows = new Map<string, WatchRollup>();
  for (const row of stored) if (row) rows.set(`${row.watchId}\u0000${row.hour}`, { ...row });
  const changed = new Set<string>();
  for (const { row, watchIds, hour } of mentions) {
    for (const watchId of watchIds) {
      const key = `${watchId}\u0000${hour}`;
      let rollup = rows.get(key);
      if (!rollup) rows.set(key, (rollup = emptyRollup(watchId, hour)));
      countMention(rollup, row);
      changed.add(key);
    }
  }
  return [...changed].map((key) => rows.get(key)!);
}

/** The distinct [watchId, hour] keys a set of mentions touches, for one bulkGet. */
export function rollupKeysOf(mentions: readonly { watchIds: readonly string[]; hour: string }[]): [string, string][] {
  const keys = new Map<string, [string, string]>();
  for (const { watchIds, hour } of mentions) for (const watchId of watchIds) keys.set(`${watchId}\u0000${hour}`, rollupKey(watchId, hour));
  return [...keys.values()];
}
