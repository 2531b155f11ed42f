// One platform's isolated-world content script: hears the MAIN-world tap, reads the page through that
// platform's adapter only and hands batches to the background until each is acknowledged. One script
// per platform (entrypoints/collector-*.content.ts), so a page loads one adapter, not all twelve.
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { CollectorCaptureMessage } from '../messages';
import { registryOf } from '../platforms/registry';
import type { Adapter } from '../platforms/types';
import { CaptureQueue, randomBatchId } from './capture-queue';
import { startCollector, type Collector } from './collector';
import { startSwipeInPage } from './hover-save-page';

export function collectorScript(adapter: Adapter, matches: readonly string[]) {
  return defineContentScript({
    matches: [...matches],
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
        platform: adapter.platform,
        runtime: browser.runtime,
        storage: browser.storage,
        strings: {
          save: browser.i18n.getMessage('swipe_hoverSave'),
          saving: browser.i18n.getMessage('swipe_hoverSaving'),
          saved: browser.i18n.getMessage('swipe_hoverSaved'),
          failed: browser.i18n.getMessage('swipe_hoverFailed'),
        },
      });
      collector = startCollector({ win: window, registry: registryOf([adapter]), queue: swipe.remembering(queue) });
      ctx.onInvalidated(() => {
        collector?.stop();
        queue.stop();
        swipe.stop();
      });
    },
  });
}
