import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash } from './route';

describe('dashboard routes', () => {
  it('defaults to the crisis desk', () => {
    expect(parseRoute('')).toEqual({ view: 'crisis' });
    expect(parseRoute('#nonsense')).toEqual({ view: 'crisis' });
    expect(parseRoute('#flag=')).toEqual({ view: 'crisis' });
  });

  it('reads the analytics view with or without its filter query', () => {
    expect(parseRoute('#analytics')).toEqual({ view: 'analytics', query: '' });
    expect(parseRoute('#analytics?range=30d&platform=weibo')).toEqual({ view: 'analytics', query: 'range=30d&platform=weibo' });
    expect(parseRoute('#analyticsfoo')).toEqual({ view: 'crisis' });
  });

  it('writes back what it reads', () => {
    for (const hash of ['#crisis', '#watchlist', '#library', '#analytics', '#analytics?range=all', '#flag=weibo%3A1%2F2']) {
      expect(routeHash(parseRoute(hash))).toBe(hash);
    }
    expect(parseRoute('#flag=weibo%3A1%2F2')).toEqual({ view: 'flag', flagId: 'weibo:1/2' });
  });
});
