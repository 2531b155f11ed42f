import { describe, expect, it } from 'vitest';
import { analyticsQueryString, DEFAULT_QUERY, parseAnalyticsQuery } from './analytics-route';

describe('analytics filters in the hash', () => {
  it('defaults to the last 7 days, every platform, every capture, rate by views', () => {
    expect(parseAnalyticsQuery('')).toEqual(DEFAULT_QUERY);
    expect(analyticsQueryString(DEFAULT_QUERY)).toBe('');
  });

  it('reads presets, platform, watch and basis', () => {
    expect(parseAnalyticsQuery('range=30d&platform=weibo&watch=w%201&basis=followers')).toEqual({
      preset: '30d', platform: 'weibo', watchId: 'w 1', basis: 'followers',
    });
  });

  it('reads a custom range of local days or epoch ms, which wins over a preset', () => {
    expect(parseAnalyticsQuery('range=24h&from=2026-11-01&to=2026-11-07')).toMatchObject({ preset: 'custom', from: '2026-11-01', to: '2026-11-07' });
    expect(parseAnalyticsQuery('from=1764000000000&to=1764086400000')).toMatchObject({ preset: 'custom', from: '1764000000000', to: '1764086400000' });
    expect(parseAnalyticsQuery('from=2026-11-01')).toEqual({ ...DEFAULT_QUERY, preset: 'custom', from: '2026-11-01' });
  });

  it('falls back to defaults for values it does not know', () => {
    expect(parseAnalyticsQuery('range=1y&platform=myspace&basis=likes&from=yesterday')).toEqual(DEFAULT_QUERY);
    expect(parseAnalyticsQuery('range=custom')).toEqual(DEFAULT_QUERY);
    expect(parseAnalyticsQuery('from=2026-13-45')).toEqual(DEFAULT_QUERY);
  });

  it('writes only what differs from the defaults, and reads it back', () => {
    const states = [
      { ...DEFAULT_QUERY, preset: 'all' as const },
      { ...DEFAULT_QUERY, preset: 'custom' as const, from: '2026-11-01', to: '2026-11-07', platform: 'xiaohongshu' as const },
      { ...DEFAULT_QUERY, watchId: 'watch:冰峰&co', basis: 'followers' as const },
    ];
    expect(analyticsQueryString(states[0]!)).toBe('range=all');
    expect(analyticsQueryString(states[1]!)).toBe('from=2026-11-01&to=2026-11-07&platform=xiaohongshu');
    for (const state of states) expect(parseAnalyticsQuery(analyticsQueryString(state))).toEqual(state);
  });
});
