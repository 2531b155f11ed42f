// Isolated world: hears the MAIN-world tap, reads the page through the platform adapters and hands
// batches to the background until each is acknowledged.
import { CaptureQueue, randomBatchId } from '@/lib/capture/capture-queue';
import { startCollector, type Collector } from '@/lib/capture/collector';
import { adapterForResponse, adaptersForPage, runAdapter } from '@/lib/platforms';
import { PLATFORM_HOST_MATCHES } from '@/lib/platforms/hosts';
import type { CollectorCaptureMessage } from '@/lib/messages';
import { startSwipeInPage } from '@/lib/capture/hover-save-page';

export default defineContentScript({
  matches: [...PLATFORM_HOST_MATCHES],
  // document_start, not document_idle: the tap posts the page's first API responses while the
  // document is still loading (x.com fetches its timeline early), and a message posted before this
  // listener exists is lost. The document pass itself waits for DOMContentLoaded.
  runAt: 'document_start',
  main(ctx) {
    let collector: Collector | undefined;
    const queue = new CaptureQueue({
      send: (message: CollectorCaptureMessage) => browser.runtime.sendMessage(message),
      newBatchId: randomBatchId,
      // The extension was reloaded or updated under this page: stop listening, nobody will answer.
      onFatal: () => collector?.stop(),
    });
    // The swipe file: the background's locate-post question, and the opt-in hover save button.
    const swipe = startSwipeInPage({
      win: window,
      platform: adaptersForPage(location.href)[0]?.platform,
      runtime: browser.runtime,
      storage: browser.storage,
      strings: {
        save: browser.i18n.getMessage('swipe_hoverSave'),
        saving: browser.i18n.getMessage('swipe_hoverSaving'),
        saved: browser.i18n.getMessage('swipe_hoverSaved'),
        failed: browser.i18n.getMessage('swipe_hoverFailed'),
      },
    });
    collector = startCollector({ win: window, registry: { adapterForResponse, adaptersForPage, runAdapter }, queue: swipe.remembering(queue) });
    ctx.onInvalidated(() => {
      collector?.stop();
      queue.stop();
      swipe.stop();
    });
  },
});
