// What one stored post or comment adds to the analytics rollup (table `stats`, lib/analytics/stats-types.ts),
// and the net change a set of row writes makes to it. Pure: every writer of posts or comments computes the
// delta from the rows it already holds in memory (before and after), so keeping the rollup costs no read
// of records, only one bulkGet of the touched stats rows (lib/stats-store.ts).
import type { StoredComment, StoredPost } from '../db';
import { hourOf } from '../ingest-counters';
import { effectiveSentiment } from '../sentiment-store';
import { engagementFor, engagementRate } from './engagement';
import { recordTime } from './record-time';
import { ALL_TIME, EVERYTHING, emptyStatsValues, type StatsKey, type StatsValues } from './stats-types';

export type CountedRow = StoredPost | StoredComment;
export interface StatsContribution { key: StatsKey; values: StatsValues }
/** A write of one row: absent `before` = created, absent `after` = deleted. */
export interface RowChange { before?: CountedRow; after?: CountedRow }

type NumericField = Exclude<keyof StatsValues, 'places'>;
const NUMERIC_FIELDS = Object.keys(emptyStatsValues()) as NumericField[];

/** The map key of a stats row: scope, hour and platform joined by a character none of them holds. */
export const statsKeyString = ([scope, hour, platform]: StatsKey) => `${scope}\u0000${hour}\u0000${platform}`;

/** The values one row adds to each of its keys. Unknown engagement or denominator adds nothing (never 0). */
export function rowValues(row: CountedRow): StatsValues {
  const values = emptyStatsValues();
  if (row.kind === 'post') {
    values.posts = 1;
    const engagement = engagementFor(row.platform, row.metrics);
    if (engagement !== undefined) {
      values.engagedPosts = 1;
      values.engagement = engagement;
    }
    const byViews = engagementRate(row, 'views');
    if (byViews !== undefined) {
      values.rateByViewsPosts = 1;
      values.rateByViewsSum = byViews;
    }
    const byFollowers = engagementRate(row, 'followers');
    if (byFollowers !== undefined) {
      values.rateByFollowersPosts = 1;
      values.rateByFollowersSum = byFollowers;
    }
  } else {
    values.comments = 1;
    const place = row.author?.location?.trim();
    if (place) values.places = { [place]: 1 };
  }
  const sentiment = effectiveSentiment(row);
  if (sentiment) values[sentiment.label] += 1;
  return values;
}

// Stored times are toISOString() output, so the hour is a slice; anything else goes through Date.
// Ingest computes this for every record of every batch.
const ISO_UTC = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z$/;
const hourOfIso = (iso: string) => (ISO_UTC.test(iso) ? `${iso.slice(0, 13)}:00:00.000Z` : hourOf(new Date(iso)));

/** The keys a row counts under: everything and each watch it mentions, × its hour and the running total. */
export function rowKeys(row: CountedRow): StatsKey[] {
  const hour = hourOfIso(recordTime(row));
  const scopes = [EVERYTHING, ...new Set(row.watchIds ?? [])];
  return scopes.flatMap((scope): StatsKey[] => [[scope, hour, row.platform], [scope, ALL_TIME, row.platform]]);
}

const copyValues = (values: StatsValues): StatsValues => (values.places ? { ...values, places: { ...values.places } } : { ...values });

export function statsContributions(row: CountedRow): StatsContribution[] {
  const values = rowValues(row);
  return rowKeys(row).map((key) => ({ key, values: copyValues(values) }));
}

function sameValues(a: StatsValues, b: StatsValues): boolean {
  if (NUMERIC_FIELDS.some((field) => a[field] !== b[field])) return false;
  const aPlaces = Object.entries(a.places ?? {});
  return aPlaces.length === Object.keys(b.places ?? {}).length && aPlaces.every(([place, count]) => b.places?.[place] === count);
}

const sameKeys = (a: StatsKey[], b: StatsKey[]) => a.length === b.length && a.every((key, i) => statsKeyString(key) === statsKeyString(b[i]));

/** Adds the counts (not the places) of `values` × `sign` into `target` in place; returns `target`. */
export function addCounts<T extends StatsValues>(target: T, values: StatsValues, sign: 1 | -1 = 1): T {
  // Spelled out, not a loop over the field names: this runs for every key of every record ingested.
  target.posts += sign * values.posts;
  target.comments += sign * values.comments;
  target.engagedPosts += sign * values.engagedPosts;
  target.engagement += sign * values.engagement;
  target.rateByViewsSum += sign * values.rateByViewsSum;
  target.rateByViewsPosts += sign * values.rateByViewsPosts;
  target.rateByFollowersSum += sign * values.rateByFollowersSum;
  target.rateByFollowersPosts += sign * values.rateByFollowersPosts;
  target.positive += sign * values.positive;
  target.neutral += sign * values.neutral;
  target.negative += sign * values.negative;
  return target;
}

/** Adds `values` × `sign` into `target` in place, places included; places that net to 0 are removed. */
export function addValues(target: StatsValues, values: StatsValues, sign: 1 | -1): void {
  addCounts(target, values, sign);
  if (!values.places) return;
  const places = (target.places ??= {});
  for (const [place, count] of Object.entries(values.places)) {
    const next = (places[place] ?? 0) + sign * count;
    if (next === 0) delete places[place];
    else places[place] = next;
  }
  if (Object.keys(places).length === 0) delete target.places;
}

function accumulate(delta: Map<string, StatsContribution>, keys: StatsKey[], values: StatsValues, sign: 1 | -1): void {
  for (const key of keys) {
    const id = statsKeyString(key);
    let entry = delta.get(id);
    if (!entry) delta.set(id, (entry = { key, values: emptyStatsValues() }));
    addValues(entry.values, values, sign);
  }
}

const isZero = (values: StatsValues) => NUMERIC_FIELDS.every((field) => values[field] === 0) && !values.places;

// Rows that are neither posts nor comments (a backfill chunk of trends) count nowhere.
const counted = (row: CountedRow | undefined): row is CountedRow => row !== undefined && (row.kind === 'post' || row.kind === 'comment');

/**
 * The net change of the rollup when each `before` row is replaced by its `after` row, per stats key.
 * A row written again with nothing counted changed (seen again, relabelled the same) adds nothing.
 */
export function statsDelta(changes: readonly RowChange[]): Map<string, StatsContribution> {
  const delta = new Map<string, StatsContribution>();
  for (const { before, after } of changes) {
    const old = counted(before) ? { keys: rowKeys(before), values: rowValues(before) } : undefined;
    const now = counted(after) ? { keys: rowKeys(after), values: rowValues(after) } : undefined;
    if (old && now && sameKeys(old.keys, now.keys) && sameValues(old.values, now.values)) continue;
    if (old) accumulate(delta, old.keys, old.values, -1);
    if (now) accumulate(delta, now.keys, now.values, 1);
  }
  for (const [id, entry] of delta) if (isZero(entry.values)) delta.delete(id);
  return delta;
}
