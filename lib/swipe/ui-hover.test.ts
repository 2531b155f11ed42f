import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '../model';
import { HOVER_PLATFORMS, hoverPlatformsFrom, withHoverPlatform } from './ui-hover';

describe('hover opt-in list', () => {
  it('offers only known platforms, none of them twice', () => {
    expect(HOVER_PLATFORMS.every((platform) => PLATFORMS.includes(platform))).toBe(true);
    expect(new Set(HOVER_PLATFORMS).size).toBe(HOVER_PLATFORMS.length);
  });
  it('reads a missing, malformed or hand-edited value as a clean list', () => {
    expect(hoverPlatformsFrom(undefined)).toEqual([]);
    expect(hoverPlatformsFrom('weibo')).toEqual([]);
    expect(hoverPlatformsFrom(['x', 'myspace', 7, 'weibo', 'x'])).toEqual(['weibo', 'x']);
  });
  it('switches one platform on or off and keeps the others', () => {
    expect(withHoverPlatform(['x'], 'weibo', true)).toEqual(['weibo', 'x']);
    expect(withHoverPlatform(['weibo', 'x'], 'weibo', false)).toEqual(['x']);
    expect(withHoverPlatform(['x'], 'x', true)).toEqual(['x']);
  });
});
