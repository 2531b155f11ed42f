// The MAIN-world tap: observes the page's own API responses and URL changes and posts them to the
// isolated collector. It must never change what the page sees, and must stay tiny (it is injected
// into every platform page at document_start), so it knows URL patterns, not parsers.
import { createTapContext, type TapOptions, type TapWindow } from './tap-context';
import { tapFetch } from './tap-fetch';
import { tapNavigation } from './tap-navigation';
import { tapXhr } from './tap-xhr';

export type { TapOptions, TapWindow } from './tap-context';

/** 8 MB: far above any feed page, well below what would hurt to copy across worlds. */
export const DEFAULT_MAX_BODY_BYTES = 8 * 1024 * 1024;

export function installTap(win: TapWindow, options: TapOptions): void {
  const tap = createTapContext(win, options);
  for (const install of [tapFetch, tapXhr, tapNavigation]) {
    try {
      install(tap);
    } catch {
      // One hook failing to install leaves the page and the other hooks as they were.
    }
  }
}
