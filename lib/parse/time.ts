// Timestamps as platforms give them → ISO-8601 UTC. Relative forms ("3分钟前", "2h") are resolved
// against the capture time, which is the only "now" a parser may use (no clock reads: pure).

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
// Chinese platforms show wall-clock times ("昨天 12:30", "06-14") without a zone; they mean China
// Standard Time (UTC+8, no daylight saving), whatever the reader's own zone.
const CHINA_OFFSET = 8 * HOUR;

// Epoch values below this are seconds, above it milliseconds: 1e11 s is the year 5138, 1e11 ms is 1973.
const MS_THRESHOLD = 1e11;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const UNIT_MS: Record<string, number> = {
  s: SECOND, sec: SECOND, secs: SECOND, second: SECOND, seconds: SECOND, '秒': SECOND,
  m: MINUTE, min: MINUTE, mins: MINUTE, minute: MINUTE, minutes: MINUTE, '分': MINUTE, '分钟': MINUTE,
  h: HOUR, hr: HOUR, hrs: HOUR, hour: HOUR, hours: HOUR, '小时': HOUR, '个小时': HOUR,
  d: DAY, day: DAY, days: DAY, '天': DAY,
  w: 7 * DAY, wk: 7 * DAY, week: 7 * DAY, weeks: 7 * DAY, '周': 7 * DAY, '星期': 7 * DAY, '个星期': 7 * DAY,
  // Months and years are only ever shown rounded ("4 years ago"), so an average length is as exact as the input.
  mo: 30 * DAY, month: 30 * DAY, months: 30 * DAY, '个月': 30 * DAY, '月': 30 * DAY,
  y: 365 * DAY, yr: 365 * DAY, yrs: 365 * DAY, year: 365 * DAY, years: 365 * DAY, '年': 365 * DAY,
};

const TWITTER_STYLE = /^(?:mon|tue|wed|thu|fri|sat|sun)\w* (\w{3}) (\d{1,2}) (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2}) (\d{4})$/i;
const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i;
const ISO_NO_ZONE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/i;
const CHINA_DATE = /^(\d{4})[-/年](\d{1,2})[-/月](\d{1,2})日?(?:\s*(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const CHINA_MONTH_DAY = /^(\d{1,2})[-/月](\d{1,2})日?(?:\s*(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const CHINA_NAMED_DAY = /^(今天|昨天|前天)\s*(?:(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const CHINA_AGO = /^(\d+)\s*(秒|分钟|分|个小时|小时|天|个星期|星期|周|个月|月|年)前/;
const ENGLISH_AGO = /^(\d+|an?)\s*([a-z]+)\s+ago\b/i;
const ENGLISH_SHORT = /^(\d+)\s*(s|m|h|d|w|mo|y)$/i;

function toIso(ms: number): string | undefined {
  return Number.isFinite(ms) && Math.abs(ms) <= 8.64e15 ? new Date(ms).toISOString() : undefined;
}

/** UTC ms of a wall-clock time in China; undefined when a field is out of range (e.g. 02-30). */
function chinaWallClock(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return undefined;
  const utc = Date.UTC(year, month - 1, day, hour, minute, second);
  if (new Date(utc).getUTCDate() !== day) return undefined;
  return utc - CHINA_OFFSET;
}

function fromEpoch(epoch: number): string | undefined {
  if (!Number.isFinite(epoch) || epoch <= 0) return undefined;
  return toIso(epoch >= MS_THRESHOLD ? epoch : epoch * SECOND);
}

function fromTwitterStyle(match: RegExpExecArray): string | undefined {
  const [, mon, day, hh, mm, ss, sign, offH, offM, year] = match;
  const month = MONTHS.indexOf(mon.toLowerCase());
  if (month < 0) return undefined;
  const offset = (sign === '-' ? -1 : 1) * (Number(offH) * HOUR + Number(offM) * MINUTE);
  const wall = chinaWallClock(Number(year), month + 1, Number(day), Number(hh), Number(mm), Number(ss));
  return wall === undefined ? undefined : toIso(wall + CHINA_OFFSET - offset);
}

function fromRelative(text: string, now: number): string | undefined {
  if (/^(?:刚刚|刚才|just now|now)$/i.test(text)) return toIso(now);
  const ago = CHINA_AGO.exec(text) ?? ENGLISH_AGO.exec(text) ?? ENGLISH_SHORT.exec(text);
  if (!ago) return undefined;
  const amount = /^an?$/i.test(ago[1]) ? 1 : Number(ago[1]);
  const unit = UNIT_MS[ago[2]] ?? UNIT_MS[ago[2].toLowerCase()];
  return unit === undefined ? undefined : toIso(now - amount * unit);
}

function fromChinaWallClock(text: string, now: number): string | undefined {
  const full = CHINA_DATE.exec(text);
  if (full) {
    const [, y, mo, d, h, mi, s] = full.map(Number);
    const ms = chinaWallClock(y, mo, d, h || 0, mi || 0, s || 0);
    return ms === undefined ? undefined : toIso(ms);
  }
  if (!Number.isFinite(now)) return undefined;
  const today = new Date(now + CHINA_OFFSET);
  const named = CHINA_NAMED_DAY.exec(text);
  if (named) {
    const back = { 今天: 0, 昨天: 1, 前天: 2 }[named[1] as '今天' | '昨天' | '前天'];
    const day = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - back));
    const [h, mi, s] = [named[2], named[3], named[4]].map((part) => Number(part ?? 0));
    const ms = chinaWallClock(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), h, mi, s);
    return ms === undefined ? undefined : toIso(ms);
  }
  const monthDay = CHINA_MONTH_DAY.exec(text);
  if (monthDay) {
    const [, mo, d, h, mi, s] = monthDay.map((part) => Number(part ?? 0));
    // The year is left out for dates of the current year; a date "later" than the capture is last year's.
    let ms = chinaWallClock(today.getUTCFullYear(), mo, d, h, mi, s);
    if (ms !== undefined && ms > now) ms = chinaWallClock(today.getUTCFullYear() - 1, mo, d, h, mi, s);
    return ms === undefined ? undefined : toIso(ms);
  }
  return undefined;
}

export function parseTime(value: unknown, capturedAt: string): string | undefined {
  if (typeof value === 'number') return fromEpoch(value);
  if (typeof value !== 'string') return undefined;
  const text = value.trim().replace(/\s+/g, ' ');
  if (text === '') return undefined;
  if (/^\d+(?:\.\d+)?$/.test(text)) return fromEpoch(Number(text));

  const twitter = TWITTER_STYLE.exec(text);
  if (twitter) return fromTwitterStyle(twitter);
  if (ISO_WITH_ZONE.test(text)) return toIso(Date.parse(text));
  const isoNoZone = ISO_NO_ZONE.exec(text);
  if (isoNoZone) {
    // An ISO time without a zone comes from an API, not a Chinese UI: read it as UTC, never as the
    // machine's local zone (that would make the result depend on where the extension runs).
    const [, y, mo, d, h, mi, s] = isoNoZone.map((part) => Number(part ?? 0));
    const ms = chinaWallClock(y, mo, d, h, mi, s);
    return ms === undefined ? undefined : toIso(ms + CHINA_OFFSET);
  }

  const now = Date.parse(capturedAt);
  return fromChinaWallClock(text, now) ?? (Number.isFinite(now) ? fromRelative(text, now) : undefined);
}
