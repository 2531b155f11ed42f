// MAIN world, document_start: wraps fetch / XHR before the page's first script runs, so the page's
// own API responses can be read without a single extra request. Kept tiny: URL patterns only, the
// parsers live in the isolated collector.
import { installTap, DEFAULT_MAX_BODY_BYTES } from '@/lib/capture/tap';
import { PLATFORM_HOST_MATCHES } from '@/lib/platforms/hosts';
import { isCapturableResponseUrl } from '@/lib/platforms/patterns';

export default defineContentScript({
  matches: [...PLATFORM_HOST_MATCHES],
  runAt: 'document_start',
  world: 'MAIN',
  // Otherwise WXT names the bundle's IIFE and leaves that name as a global the page can see.
  globalName: false,
  main() {
    // Taken now, before page scripts could replace it.
    const postMessage = window.postMessage.bind(window);
    const origin = location.origin;
    installTap(window, {
      shouldCapture: isCapturableResponseUrl,
      maxBodyBytes: DEFAULT_MAX_BODY_BYTES,
      post: (message) => postMessage(message, origin),
    });
  },
});
