import { describe, expect, it } from 'vitest';
import { matchesAnyPattern, matchesPattern } from './match-pattern';
import { PLATFORM_HOST_MATCHES } from './platforms/hosts';

describe('matchesPattern', () => {
  it('matches an exact host on any path, query included', () => {
    expect(matchesPattern('https://weibo.com/1749127163/OdlPqk7Ek?type=comment', 'https://weibo.com/*')).toBe(true);
    expect(matchesPattern('https://weibo.com/', 'https://weibo.com/*')).toBe(true);
  });

  it('treats *.host as the host and its subdomains, but not look-alikes', () => {
    expect(matchesPattern('https://s.weibo.com/top/summary', 'https://*.weibo.com/*')).toBe(true);
    expect(matchesPattern('https://weibo.com/u/1', 'https://*.weibo.com/*')).toBe(true);
    expect(matchesPattern('https://evilweibo.com/', 'https://*.weibo.com/*')).toBe(false);
    expect(matchesPattern('https://weibo.com.evil.example/', 'https://*.weibo.com/*')).toBe(false);
  });

  it('checks the scheme', () => {
    expect(matchesPattern('http://x.com/home', 'https://x.com/*')).toBe(false);
    expect(matchesPattern('http://x.com/home', '*://x.com/*')).toBe(true);
    expect(matchesPattern('ftp://x.com/home', '*://x.com/*')).toBe(false);
  });

  it('matches path globs', () => {
    expect(matchesPattern('https://x.com/i/api/graphql/abc', 'https://x.com/i/*')).toBe(true);
    expect(matchesPattern('https://x.com/home', 'https://x.com/i/*')).toBe(false);
  });

  it('ignores ports and rejects garbage', () => {
    expect(matchesPattern('https://x.com:8443/home', 'https://x.com/*')).toBe(true);
    expect(matchesPattern('not a url', 'https://x.com/*')).toBe(false);
    expect(matchesPattern('https://x.com/home', 'x.com')).toBe(false);
  });

  it('supports <all_urls> for web pages only', () => {
    expect(matchesPattern('https://example.org/', '<all_urls>')).toBe(true);
    expect(matchesPattern('chrome-extension://abc/popup.html', '<all_urls>')).toBe(false);
  });
});

describe('matchesAnyPattern with the platform hosts', () => {
  it('accepts platform pages and refuses others', () => {
    expect(matchesAnyPattern('https://m.weibo.cn/detail/4985329440803452', PLATFORM_HOST_MATCHES)).toBe(true);
    expect(matchesAnyPattern('https://mobile.twitter.com/jack', PLATFORM_HOST_MATCHES)).toBe(true);
    expect(matchesAnyPattern('https://example.org/weibo.com/', PLATFORM_HOST_MATCHES)).toBe(false);
  });
});
