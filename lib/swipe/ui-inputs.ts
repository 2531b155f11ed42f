// What the library page turns the user's typing into: tag lists, saved-date ranges, file names.

/** "新品, launch，Q4、kol" → ['新品', 'launch', 'Q4', 'kol']: commas of either width, 、 and ; separate tags. */
export function splitTags(input: string): string[] {
  const tags = input.split(/[,，、;；\n]/).map((tag) => tag.trim()).filter(Boolean);
  return [...new Set(tags)];
}

export interface SavedRange {
  /** ISO instant, inclusive. */
  from?: string;
  /** ISO instant, inclusive (the last millisecond of the day), as filterExamples reads it. */
  to?: string;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Local midnight at the start of a `<input type="date">` day, in ms; undefined for an empty or odd value. */
function localDayStart(day: string, addDays = 0): number | undefined {
  const match = DAY.exec(day);
  if (!match) return undefined;
  const time = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + addDays).getTime();
  return Number.isNaN(time) ? undefined : time;
}

/**
 * Date inputs give calendar days in the user's time zone; the range covers both whole days
 * (up to just before the next local midnight), so saving at 23:30 on the last day still counts.
 */
export function savedRange(fromDay: string, toDay: string): SavedRange {
  const range: SavedRange = {};
  const from = localDayStart(fromDay);
  const nextDay = localDayStart(toDay, 1);
  if (from !== undefined) range.from = new Date(from).toISOString();
  if (nextDay !== undefined) range.to = new Date(nextDay - 1).toISOString();
  return range;
}

export type ExportKind = 'bundle' | 'csv' | 'ndjson';

const EXTENSIONS: Record<ExportKind, string> = { bundle: 'json', csv: 'csv', ndjson: 'ndjson' };

export function exportFileName(kind: ExportKind, now: Date): string {
  return `earshot-swipe-file-${now.toISOString().slice(0, 10)}.${EXTENSIONS[kind]}`;
}
