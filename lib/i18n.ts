// UI strings and number/time formatting in the language the browser picked for us.
// Chrome chooses the _locales catalog itself; `uiLocale` is a message in each catalog so numbers and
// times are formatted in the same language as the strings (a fr-FR browser gets English strings, and
// then English numbers too, not French ones).
import { browser } from 'wxt/browser';
import englishCatalog from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof englishCatalog;

type Catalog = Record<string, { message: string }>;

/** `$1`…`$9` as in chrome.i18n; `$$` is a literal dollar sign. */
export function substitute(template: string, subs: readonly (string | number)[]): string {
  return template.replace(/\$(\$|[1-9])/g, (_, token: string) =>
    token === '$' ? '$' : String(subs[Number(token) - 1] ?? ''),
  );
}

export function messageFrom(catalog: Catalog, key: string, subs: readonly (string | number)[] = []): string {
  const entry = catalog[key];
  return entry ? substitute(entry.message, subs) : key;
}

function fromBrowser(key: string, subs: readonly (string | number)[]): string {
  try {
    const getMessage = browser.i18n.getMessage as (name: string, substitutions?: string[]) => string;
    return getMessage(key, subs.map(String)) || '';
  } catch {
    // Unit tests (fake browser) and plain pages have no i18n API; the English catalog stands in.
    return '';
  }
}

export function t(key: MessageKey, ...subs: (string | number)[]): string {
  return fromBrowser(key, subs) || messageFrom(englishCatalog, key, subs);
}

export function uiLocale(): string {
  return t('uiLocale');
}

const SMALL_ENOUGH_TO_SHOW_EXACTLY = 10_000;

/** 1,234 · 12K · 1.2万 — exact below ten thousand, compact above, in the given locale. */
export function formatCount(value: number, locale: string): string {
  const compact = Math.abs(value) >= SMALL_ENOUGH_TO_SHOW_EXACTLY;
  return new Intl.NumberFormat(locale, compact ? { notation: 'compact' } : {}).format(value);
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "3 minutes ago" / "3分钟前"; older than a week becomes a date. Future times (clock skew) read as "now". */
export function formatRelativeTime(iso: string, now: number, locale: string): string {
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return '';
  const ago = Math.max(0, now - then);
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (ago < MINUTE) return relative.format(0, 'second');
  if (ago < HOUR) return relative.format(-Math.floor(ago / MINUTE), 'minute');
  if (ago < DAY) return relative.format(-Math.floor(ago / HOUR), 'hour');
  if (ago < 7 * DAY) return relative.format(-Math.floor(ago / DAY), 'day');
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(then);
}

export function formatDateTime(iso: string, locale: string): string {
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return '';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(then);
}
