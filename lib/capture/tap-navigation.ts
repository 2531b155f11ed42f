// Single-page apps change the URL without loading a page: tell the collector so it re-reads the
// page for the new URL.
import { replaceMethod } from './disguise';
import type { TapContext } from './tap-context';

export function tapNavigation(tap: TapContext): void {
  const { win } = tap;
  let lastUrl = win.location.href;
  const announce = (): void => {
    try {
      const url = win.location.href;
      // replaceState is often used for scroll state without changing the URL.
      if (url === lastUrl) return;
      lastUrl = url;
      tap.postNavigation(url);
    } catch {
      // Never into the page.
    }
  };

  for (const key of ['pushState', 'replaceState'] as const) {
    replaceMethod(win.history, key, (native) => ({
      [key](this: unknown, ...args: unknown[]) {
        const result = Reflect.apply(native, this, args);
        announce();
        return result;
      },
    })[key]);
  }
  win.addEventListener('popstate', announce);
}
