import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import english from '../public/_locales/en/messages.json';
import chinese from '../public/_locales/zh_CN/messages.json';
import { formatCount, formatRelativeTime, messageFrom, substitute, t, uiLocale } from './i18n';

const catalogs = { en: english, zh_CN: chinese } as Record<string, Record<string, { message: string }>>;
const placeholders = (text: string) => [...text.matchAll(/\$([1-9])/g)].map((m) => m[1]).sort().join();

describe('catalogs', () => {
  it('zh_CN has exactly the keys of en, with the same $n substitutions', () => {
    expect(Object.keys(chinese).sort()).toEqual(Object.keys(english).sort());
    for (const [key, entry] of Object.entries(english)) {
      expect(placeholders(catalogs.zh_CN[key]!.message), key).toBe(placeholders(entry.message));
    }
  });

  it('keeps the manifest keys and names a valid formatting locale in each', () => {
    for (const catalog of Object.values(catalogs)) {
      expect(catalog.extName?.message).toBeTruthy();
      expect(catalog.extDescription?.message).toBeTruthy();
      expect(Intl.NumberFormat.supportedLocalesOf(catalog.uiLocale!.message)).toHaveLength(1);
    }
    expect(chinese.uiLocale.message).toBe('zh-CN');
  });

  it('has only key names chrome.i18n accepts', () => {
    for (const key of Object.keys(english)) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
  });
});

describe('t', () => {
  afterEach(() => vi.restoreAllMocks());

  it('falls back to the English catalog when the browser has no i18n API', () => {
    expect(t('kpiPosts')).toBe('Posts');
    expect(t('tabCount', 7)).toBe('7 captured');
    expect(uiLocale()).toBe('en');
  });

  it('uses the browser catalog when it answers', () => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string[]) =>
      messageFrom(catalogs.zh_CN!, key, subs)) as never);
    expect(t('kpiPosts')).toBe('帖子');
    expect(t('tabCount', 7)).toBe('已收录 7 条');
    expect(uiLocale()).toBe('zh-CN');
  });

  it('substitutes $1…$9 and keeps $$ as a dollar sign', () => {
    expect(substitute('$2 of $1 ($$5)', ['a', 'b'])).toBe('b of a ($5)');
    expect(substitute('missing $3', ['a'])).toBe('missing ');
  });
});

describe('formatCount', () => {
  it('shows exact grouped numbers below ten thousand', () => {
    expect(formatCount(0, 'en')).toBe('0');
    expect(formatCount(9999, 'en')).toBe('9,999');
    expect(formatCount(1234, 'zh-CN')).toBe('1,234');
  });

  it('is compact above, in 万/亿 for Chinese and K/M for English', () => {
    expect(formatCount(12_345, 'zh-CN')).toBe('1.2万');
    expect(formatCount(123_456, 'zh-CN')).toBe('12万');
    expect(formatCount(123_456_789, 'zh-CN')).toBe('1.2亿');
    expect(formatCount(12_345, 'en')).toBe('12K');
    expect(formatCount(1_234_567, 'en')).toBe('1.2M');
  });
});

describe('formatRelativeTime', () => {
  const now = Date.parse('2026-11-26T12:00:00Z');

  it('reads as minutes, hours and days ago in the given language', () => {
    expect(formatRelativeTime('2026-11-26T11:57:00Z', now, 'en')).toBe('3 minutes ago');
    expect(formatRelativeTime('2026-11-26T11:57:00Z', now, 'zh-CN')).toBe('3分钟前');
    expect(formatRelativeTime('2026-11-26T09:00:00Z', now, 'en')).toBe('3 hours ago');
    expect(formatRelativeTime('2026-11-23T12:00:00Z', now, 'en')).toBe('3 days ago');
  });

  it('calls the last minute and future times (clock skew) "now"', () => {
    expect(formatRelativeTime('2026-11-26T11:59:30Z', now, 'en')).toBe('now');
    expect(formatRelativeTime('2026-11-26T12:05:00Z', now, 'zh-CN')).toBe('现在');
  });

  it('turns to a date after a week, and to nothing for an unreadable time', () => {
    expect(formatRelativeTime('2026-10-01T12:00:00Z', now, 'en')).toMatch(/Oct 1, 2026/);
    expect(formatRelativeTime('yesterday-ish', now, 'en')).toBe('');
  });
});
