import { describe, expect, it } from 'vitest';
import { projectFixture } from '../../tests/shared-fixtures';
import { PLATFORM_HOST_MATCHES } from './hosts';
import { ADAPTERS, adapterForResponse, adaptersForPage, runAdapter } from './index';
import { ALL_RESPONSE_PATTERNS } from './patterns';
import type { Adapter } from './types';

const ctx = { url: 'https://x.com/home', capturedAt: '2026-11-26T05:00:00.000Z' };
const names = (adapters: Adapter[]) => adapters.map((adapter) => adapter.name);

function fakeAdapter(fromResponse: Adapter['fromResponse']): Adapter {
  return { name: 'fake', platform: 'web', hosts: [], responsePatterns: [], fromResponse };
}

describe('ADAPTERS', () => {
  it('lists one adapter per platform, with generic last', () => {
    const all = names([...ADAPTERS]);
    expect(all.at(-1)).toBe('generic');
    expect([...all].sort()).toEqual(['bilibili', 'douyin', 'facebook', 'generic', 'instagram', 'reddit', 'tiktok', 'wechat', 'weibo', 'x', 'xiaohongshu', 'youtube', 'zhihu']);
    expect(new Set(ADAPTERS.map((adapter) => adapter.platform)).size).toBe(ADAPTERS.length);
  });

  it('every response pattern is one the MAIN-world tap forwards', () => {
    for (const adapter of ADAPTERS) {
      for (const pattern of adapter.responsePatterns) expect(ALL_RESPONSE_PATTERNS).toContain(pattern);
    }
  });

  it('every platform host is one the content scripts are injected into', () => {
    const matchesHost = (host: string) => PLATFORM_HOST_MATCHES.some((match) => {
      const pattern = match.replace(/^https:\/\//, '').replace(/\/\*$/, '');
      return pattern.startsWith('*.') ? host.endsWith(pattern.slice(1)) : host === pattern;
    });
    for (const adapter of ADAPTERS) for (const host of adapter.hosts) expect(matchesHost(host), host).toBe(true);
  });
});

describe('adapterForResponse', () => {
  it('routes API responses by URL', () => {
    expect(adapterForResponse('https://x.com/i/api/graphql/AbC/TweetDetail?variables=%7B%7D')?.name).toBe('x');
    expect(adapterForResponse('https://weibo.com/ajax/statuses/buildComments?id=1')?.name).toBe('weibo');
    expect(adapterForResponse('https://m.weibo.cn/comments/hotflow?id=1')?.name).toBe('weibo');
    expect(adapterForResponse('https://x.com/i/api/graphql/AbC/Followers')).toBeUndefined();
    expect(adapterForResponse('https://example.com/api')).toBeUndefined();
  });
});

describe('adaptersForPage', () => {
  it('gives a platform page its own adapter only', () => {
    expect(names(adaptersForPage('https://x.com/arscontexta/status/2013045749580259680'))).toEqual(['x']);
    expect(names(adaptersForPage('https://mobile.twitter.com/home'))).toEqual(['x']);
    expect(names(adaptersForPage('https://weibo.com/1234567890/AbCdE'))).toEqual(['weibo']);
    expect(names(adaptersForPage('https://m.weibo.cn/detail/1'))).toEqual(['weibo']);
  });

  it('falls back to generic on other sites, matching hosts on label boundaries', () => {
    expect(names(adaptersForPage('https://forum.example.com/t/oat-latte/42'))).toEqual(['generic']);
    expect(names(adaptersForPage('https://notx.com/status/1'))).toEqual(['generic']);
    expect(names(adaptersForPage('https://fakeweibo.com/'))).toEqual(['generic']);
  });

  it('reads nothing from non-web or unparsable URLs', () => {
    expect(adaptersForPage('chrome://extensions/')).toEqual([]);
    expect(adaptersForPage('not a url')).toEqual([]);
  });
});

describe('runAdapter', () => {
  it('returns what the adapter found', () => {
    const x = ADAPTERS.find((adapter) => adapter.name === 'x')!;
    const outcome = runAdapter(x, 'fromResponse', JSON.parse(projectFixture('x/home_timeline_edge_cases.json')), ctx);
    expect(outcome).toMatchObject({ adapter: 'x', skipped: 3 });
    expect(outcome.records).toHaveLength(3);
    expect(outcome.error).toBeUndefined();
  });

  it('turns a throw into a counted error, and the next adapter still runs', () => {
    const throwing = fakeAdapter(() => {
      throw new TypeError("Cannot read properties of undefined (reading 'legacy')");
    });
    const x = ADAPTERS.find((adapter) => adapter.name === 'x')!;
    const body = JSON.parse(projectFixture('x/home_timeline_edge_cases.json'));
    const outcomes = [throwing, x].map((adapter) => runAdapter(adapter, 'fromResponse', body, ctx));
    expect(outcomes[0]).toEqual({ adapter: 'fake', records: [], skipped: 0, error: "TypeError: Cannot read properties of undefined (reading 'legacy')" });
    expect(outcomes[1].records).toHaveLength(3);
  });

  it('reports thrown non-errors and results that are not a ParseResult', () => {
    const throwsString = fakeAdapter(() => {
      throw 'boom'; // third-party code sometimes throws strings
    });
    expect(runAdapter(throwsString, 'fromResponse', {}, ctx).error).toBe('boom');
    const returnsNothing = fakeAdapter(() => undefined as never);
    expect(runAdapter(returnsNothing, 'fromResponse', {}, ctx)).toEqual({
      adapter: 'fake', records: [], skipped: 0, error: 'fromResponse returned no records array',
    });
  });

  it('drops returned records without an id or kind and counts them as skipped', () => {
    const sloppy = fakeAdapter(() => ({
      records: [{ id: 'web:a', kind: 'post' }, { kind: 'post' }, null, { id: 'web:b', kind: 'bogus' }] as never,
      skipped: 2,
    }));
    const outcome = runAdapter(sloppy, 'fromResponse', {}, ctx);
    expect(outcome.records.map((record) => record.id)).toEqual(['web:a']);
    expect(outcome.skipped).toBe(2 + 3);
  });

  it('treats a method the adapter lacks as nothing found, not as an error', () => {
    const generic = ADAPTERS.find((adapter) => adapter.name === 'generic')!;
    expect(runAdapter(generic, 'fromResponse', {}, ctx)).toEqual({ adapter: 'generic', records: [], skipped: 0 });
  });
});
