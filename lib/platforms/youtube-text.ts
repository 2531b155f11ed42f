// Readers for YouTube's renderer JSON: text comes as `simpleText` or as `runs[]`, counts as display strings.
import { parseCount } from '../parse/count';
import { arrayOf, isObject, objectAt, textOf } from './json';

/** `{simpleText}` or `{runs: [{text}]}` → plain text. */
export function rendererText(node: unknown): string | undefined {
  if (!isObject(node)) return undefined;
  const simple = textOf(node.simpleText);
  if (simple) return simple;
  const runs = arrayOf(node.runs).map((run) => (isObject(run) && typeof run.text === 'string' ? run.text : ''));
  return textOf(runs.join(''));
}

/** The first number in a sentence: "like this video along with 5,471,574 other people" → 5471574. */
export function countInSentence(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const number = /\d[\d,.]*(?:\s*[KkMmBb](?![a-z]))?/.exec(value);
  return number ? parseCount(number[0]) : undefined;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

// YouTube shows the upload date in the viewer's locale ("24 Aug 2019" en-GB, "Aug 24, 2019" en-US) and
// microformat gives "2019-08-24" or a full ISO time. A day has no zone here, so it is read as UTC midnight.
export function displayDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (/^\d{4}-\d{2}-\d{2}T/.test(text)) {
    const ms = Date.parse(text);
    return Number.isFinite(ms) ? new Date(ms).toISOString() : undefined;
  }
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (iso) return utcDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dayFirst = /(\d{1,2}) ([A-Za-z]{3})[a-z]*\.? (\d{4})/.exec(text);
  if (dayFirst) return utcDay(Number(dayFirst[3]), MONTHS.indexOf(dayFirst[2].toLowerCase()) + 1, Number(dayFirst[1]));
  const monthFirst = /([A-Za-z]{3})[a-z]*\.? (\d{1,2}), (\d{4})/.exec(text);
  if (monthFirst) return utcDay(Number(monthFirst[3]), MONTHS.indexOf(monthFirst[1].toLowerCase()) + 1, Number(monthFirst[2]));
  return undefined;
}

function utcDay(year: number, month: number, day: number): string | undefined {
  if (month < 1 || day < 1 || day > 31 || year < 2005) return undefined;
  return new Date(Date.UTC(year, month - 1, day)).toISOString();
}

export function watchUrl(videoId: string): string {
  return `https://www.youtube.com/watch?v=${encodeURIComponent(videoId)}`;
}

export function channelUrl(channelId: string, canonicalBaseUrl?: unknown): string {
  const base = textOf(canonicalBaseUrl);
  return base?.startsWith('/') ? `https://www.youtube.com${base}` : `https://www.youtube.com/channel/${encodeURIComponent(channelId)}`;
}

/** The watch endpoint's video id anywhere in a command (`innertubeCommand.watchEndpoint.videoId`, or `watchEndpoint.videoId`). */
export function videoIdOfCommand(command: unknown): string | undefined {
  return textOf(objectAt(command, 'innertubeCommand', 'watchEndpoint')?.videoId ?? objectAt(command, 'watchEndpoint')?.videoId);
}
