// The hover button is opt-in per platform. The list lives in browser.storage.local (a content script
// cannot open the extension's IndexedDB); the dashboard's library page writes it (lib/swipe/ui-hover.ts),
// default none.
import type { Platform } from '../model';
import { HOVER_PLATFORMS_KEY, hoverPlatformsFrom } from '../swipe/ui-hover';

type StorageChanges = Record<string, { newValue?: unknown }>;

/** The parts of `browser.storage` this needs (the fake browser in tests provides the same). */
export interface HoverSettingStorage {
  local: { get(key: string): Promise<Record<string, unknown>> };
  onChanged: {
    addListener(listener: (changes: StorageChanges, areaName: string) => void): void;
    removeListener(listener: (changes: StorageChanges, areaName: string) => void): void;
  };
}

/**
 * Runs `start` while the user has the hover button on for `platform`, and stops what it returned when
 * they switch it off; follows the setting live. Returns a function that stops everything.
 */
export function whileHoverEnabled(storage: HoverSettingStorage, platform: Platform | undefined, start: () => () => void): () => void {
  let stopRunning: (() => void) | undefined;
  let stopped = false;
  // A change that arrives before the first read finishes is newer than what that read returns.
  let changed = false;
  const apply = (value: unknown) => {
    const enabled = !stopped && platform !== undefined && hoverPlatformsFrom(value).includes(platform);
    if (enabled && !stopRunning) stopRunning = start();
    else if (!enabled && stopRunning) {
      stopRunning();
      stopRunning = undefined;
    }
  };
  const onChanged = (changes: StorageChanges, areaName: string) => {
    if (areaName !== 'local' || !(HOVER_PLATFORMS_KEY in changes)) return;
    changed = true;
    apply(changes[HOVER_PLATFORMS_KEY]!.newValue);
  };
  storage.onChanged.addListener(onChanged);
  storage.local.get(HOVER_PLATFORMS_KEY).then(
    (items) => changed || apply(items[HOVER_PLATFORMS_KEY]),
    (error: unknown) => console.warn('[earshot] could not read the hover-button setting', error),
  );
  return () => {
    stopped = true;
    storage.onChanged.removeListener(onChanged);
    apply(undefined);
  };
}
