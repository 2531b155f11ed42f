// The opt-in list for the in-page hover save button. Content scripts cannot open the extension's
// IndexedDB, so the list lives in browser.storage.local, which both sides can read.
import type { Platform } from '../model';

export const HOVER_PLATFORMS_KEY = 'swipe.hoverPlatforms';

/** Platforms whose pages the collector content script runs on (lib/platforms/hosts.ts). */
export const HOVER_PLATFORMS: readonly Platform[] = ['weibo', 'x', 'zhihu', 'douyin', 'bilibili', 'xiaohongshu', 'wechat'];

/** Whatever storage holds (nothing, an older shape, hand edits) becomes a clean list of known platforms. */
export function hoverPlatformsFrom(stored: unknown): Platform[] {
  if (!Array.isArray(stored)) return [];
  return HOVER_PLATFORMS.filter((platform) => stored.includes(platform));
}

export function withHoverPlatform(current: readonly Platform[], platform: Platform, on: boolean): Platform[] {
  return HOVER_PLATFORMS.filter((known) => (known === platform ? on : current.includes(known)));
}
