// Small readers shared by the m.facebook.com post and comment readers. Facts: ../shared/docs/platforms.md §12.
import { parseCount } from '../parse/count';
import { parseTime } from '../parse/time';
import { isObject, textOf, type Json } from './json';

/** `data-ft` holds JSON (the HTML escaping is already undone by the DOM); broken JSON reads as nothing. */
export function dataFtOf(element: Element): Json | undefined {
  try {
    const value: unknown = JSON.parse(element.getAttribute('data-ft') ?? '');
    return isObject(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Ids come as strings or numbers (both appear in the same page); only digits make an id. */
export function numericId(value: unknown): string | undefined {
  const text = typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : textOf(value);
  return text && /^\d+$/.test(text) ? text : undefined;
}

// The mobile site abbreviates its own units ("12 mths", "1 yr", "11 hrs") and drops "ago".
const FACEBOOK_AGO = /^(\d+)\s*(min|mins|hr|hrs|day|days|wk|wks|mth|mths|yr|yrs)$/i;
const UNIT_WORDS: Record<string, string> = { mth: 'months', mths: 'months', wk: 'weeks', wks: 'weeks' };

/**
 * Comment times are only relative text. Durations ("2 hrs", "1 yr") resolve against the capture time;
 * weekday and date forms ("on Fri", "last Thu", "5 June at 00:33") are in the viewer's unknown time
 * zone, so they stay unknown rather than guessed.
 */
export function relativeTime(text: string | undefined, capturedAt: string): string | undefined {
  const match = text ? FACEBOOK_AGO.exec(text.trim()) : null;
  if (!match) return undefined;
  const unit = UNIT_WORDS[match[2].toLowerCase()] ?? match[2].toLowerCase();
  return parseTime(`${match[1]} ${unit} ago`, capturedAt);
}

// kevinzg/facebook-scraper's reaction matcher (platforms.md §0.3): the count comes before the words.
const REACTIONS = /([\d,.KM]+)\s+(?:Like|Likes|left reaction|others reacted|reactions)\b/;

export function reactionCount(text: string | null | undefined): number | undefined {
  const match = text ? REACTIONS.exec(text) : null;
  return match ? parseCount(match[1]) : undefined;
}

/** "281 shares", "1 share". */
export function shareCount(text: string | null | undefined): number | undefined {
  const match = text ? /([\d,.KM]+)\s+shares?\b/i.exec(text) : null;
  return match ? parseCount(match[1]) : undefined;
}
