// Calendar days and hours in an IANA time zone, from Intl alone (no time-zone library). Days are not
// 24 h long: a DST change makes them 23 or 25 h, and a few zones skip midnight itself, so day starts
// are found from the zone's offset and checked, never computed as midnight + n × 24 h.

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

export const defaultTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    // Throws a RangeError naming the zone when it is not a valid IANA zone.
    format = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

export interface WallClock { year: number; month: number; day: number; hour: number; minute: number; second: number }

export function wallClock(at: number, timeZone: string): WallClock {
  const clock: WallClock = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of formatter(timeZone).formatToParts(at)) {
    if (part.type in clock) clock[part.type as keyof WallClock] = Number(part.value);
  }
  return clock;
}

/** The local calendar day of an instant as a day number (days since 1970-01-01 on that calendar). */
export function localDay(at: number, timeZone: string): number {
  const { year, month, day } = wallClock(at, timeZone);
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

/** The zone's offset from UTC at an instant, in ms (Shanghai: +8 h). */
function offsetAt(at: number, timeZone: string): number {
  const { year, month, day, hour, minute, second } = wallClock(at, timeZone);
  return Date.UTC(year, month - 1, day, hour, minute, second) - Math.floor(at / 1000) * 1000;
}

/** The first instant of a local day (by day number): its midnight, or the end of a DST gap that skipped it. */
export function startOfLocalDay(dayNumber: number, timeZone: string): number {
  const midnight = dayNumber * DAY_MS;
  const guess = midnight - offsetAt(midnight - offsetAt(midnight, timeZone), timeZone);
  if (localDay(guess, timeZone) === dayNumber && localDay(guess - 1, timeZone) < dayNumber) return guess;
  // Midnight skipped or repeated: search for the first instant of the day (offsets stay within ±26 h).
  let before = midnight - 27 * HOUR_MS;
  let after = midnight + 27 * HOUR_MS;
  while (after - before > 1) {
    const middle = Math.floor((before + after) / 2);
    if (localDay(middle, timeZone) >= dayNumber) after = middle;
    else before = middle;
  }
  return after;
}

/**
 * The start of the day after the one starting at `dayStart` (day number `dayNumber`): 24 h later when the
 * clock then reads midnight of the next day (one Intl call — most days), else found as above.
 */
export function startOfNextLocalDay(dayStart: number, dayNumber: number, timeZone: string): number {
  const guess = dayStart + DAY_MS;
  const { year, month, day, hour, minute, second } = wallClock(guess, timeZone);
  if (hour === 0 && minute === 0 && second === 0 && Date.UTC(year, month - 1, day) / DAY_MS === dayNumber + 1) return guess;
  return startOfLocalDay(dayNumber + 1, timeZone);
}

const pad = (value: number) => String(value).padStart(2, '0');

/** 2026-11-26 */
export const dayKey = (dayNumber: number): string => new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);

/** 2026-11-26T13: the local hour an instant falls in. */
export function hourKey(at: number, timeZone: string): string {
  const { year, month, day, hour } = wallClock(at, timeZone);
  return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}`;
}
