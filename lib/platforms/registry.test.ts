import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchesAnyPattern } from '../match-pattern';
import { genericAdapter } from './generic';
import { PLATFORM_PAGE_MATCHES } from './hosts';
import { PLATFORM_ADAPTERS } from './index';
import { registryOf } from './registry';
import { weiboAdapter } from './weibo';
import { xAdapter } from './x';

describe('registryOf: one platform content script sees only its adapter', () => {
  const weiboOnly = registryOf([weiboAdapter]);

  it('reads its own pages and responses, and nothing of another platform', () => {
    expect(weiboOnly.adaptersForPage('https://m.weibo.cn/detail/4383183661430868')).toEqual([weiboAdapter]);
    expect(weiboOnly.adapterForResponse('https://m.weibo.cn/comments/hotflow?id=1&mid=1')).toBe(weiboAdapter);
    expect(weiboOnly.adaptersForPage('https://x.com/jack')).toEqual([]);
    expect(weiboOnly.adapterForResponse('https://x.com/i/api/graphql/abc/TweetDetail')).toBeUndefined();
  });

  it('falls back to the generic reader only where no adapter serves the host, and only when given one', () => {
    const all = registryOf([weiboAdapter, xAdapter], genericAdapter);
    expect(all.adaptersForPage('https://example.org/post')).toEqual([genericAdapter]);
    expect(all.adaptersForPage('https://x.com/jack')).toEqual([xAdapter]);
    expect(weiboOnly.adaptersForPage('https://example.org/post')).toEqual([]);
  });
});

describe('per-platform content scripts', () => {
  it('every platform adapter has page matches covering its hosts, and a collector entrypoint', () => {
    const entrypoints = readdirSync(path.resolve(__dirname, '../../entrypoints'));
    for (const adapter of PLATFORM_ADAPTERS) {
      const matches = PLATFORM_PAGE_MATCHES[adapter.platform as keyof typeof PLATFORM_PAGE_MATCHES];
      expect(matches, adapter.platform).toBeDefined();
      for (const host of adapter.hosts) expect(matchesAnyPattern(`https://${host}/`, matches), `${adapter.platform} ${host}`).toBe(true);
      expect(entrypoints, adapter.platform).toContain(`collector-${adapter.platform}.content.ts`);
    }
    expect(Object.keys(PLATFORM_PAGE_MATCHES).sort()).toEqual(PLATFORM_ADAPTERS.map((adapter) => adapter.platform).sort());
  });
});
