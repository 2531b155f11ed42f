// A stored post or comment row from an imported bundle: a valid captured record plus the fields the
// background adds (lib/db.ts StoredFields). Throws InvalidField.
import type { StoredComment, StoredPost } from '../db';
import { MAX_SEEN_ON } from '../merge';
import { SENTIMENT_LABELS } from '../sentiment-store';
import {
  InvalidField, optional, requireHttpUrl, requireIsoTime, requireKnownKeys, requireObject, requireOneOf, requireString, type Fields,
} from '../validate-fields';
import { checkRecord } from '../validate-record';

const STORED_KEYS = ['firstSeenAt', 'lastSeenAt', 'seenOn', 'sentiment', 'sentimentCorrection', 'watchIds', 'historyStarted', 'postedAt'];
const SENTIMENT_KEYS = new Set(['score', 'label', 'confidence', 'aspects', 'version']);
const CORRECTION_KEYS = new Set(['label', 'at']);

function requireNumberIn(value: unknown, field: string, min: number, max: number): void {
  if (typeof value !== 'number' || !(value >= min && value <= max)) throw new InvalidField(field, `must be a number in ${min}..${max}`);
}

function checkSentiment(value: unknown, field: string): void {
  const sentiment = requireObject(value, field);
  requireKnownKeys(sentiment, SENTIMENT_KEYS, field);
  requireNumberIn(sentiment.score, `${field}.score`, -1, 1);
  requireOneOf(sentiment.label, SENTIMENT_LABELS, `${field}.label`);
  requireNumberIn(sentiment.confidence, `${field}.confidence`, 0, 1);
  if (!Array.isArray(sentiment.aspects)) throw new InvalidField(`${field}.aspects`, 'must be an array');
  sentiment.aspects.forEach((aspect, i) => requireString(aspect, `${field}.aspects[${i}]`, 40));
  requireString(sentiment.version, `${field}.version`, 100);
}

/**
 * Returns the row to store. `watchIds` name the exporting user's watches, which do not exist here: they
 * are dropped (this profile's own watches tag imported rows through their backfill). `postedAt` is
 * derived, so it is dropped too and recomputed on import (lib/swipe/bundle-import.ts).
 */
export function checkStoredRecord(value: unknown): StoredPost | StoredComment {
  const row = requireObject(value, 'record');
  const captured: Fields = {};
  for (const [key, field] of Object.entries(row)) if (!STORED_KEYS.includes(key)) captured[key] = field;
  checkRecord(captured);
  if (captured.kind === 'trend') throw new InvalidField('kind', 'must be post or comment in a swipe-file bundle');
  requireIsoTime(row.firstSeenAt, 'firstSeenAt');
  requireIsoTime(row.lastSeenAt, 'lastSeenAt');
  if (!Array.isArray(row.seenOn) || row.seenOn.length > MAX_SEEN_ON) throw new InvalidField('seenOn', `must be an array of at most ${MAX_SEEN_ON} URLs`);
  row.seenOn.forEach((url, i) => requireHttpUrl(url, `seenOn[${i}]`));
  optional(row, 'sentiment', '', checkSentiment);
  optional(row, 'sentimentCorrection', '', (correction, field) => {
    const fields = requireObject(correction, field);
    requireKnownKeys(fields, CORRECTION_KEYS, field);
    requireOneOf(fields.label, SENTIMENT_LABELS, `${field}.label`);
    requireIsoTime(fields.at, `${field}.at`);
  });
  optional(row, 'historyStarted', '', (flag, field) => {
    if (typeof flag !== 'boolean') throw new InvalidField(field, 'must be a boolean');
  });
  const { watchIds: _dropped, postedAt: _derived, ...kept } = row;
  return kept as unknown as StoredPost | StoredComment;
}
