// Content-script glue for the swipe file: answers the background's `background:locate-post`, runs the
// opt-in hover button, and remembers which records the collector captured on this page (both need to
// tell which record a post element shows).
import type { CollectorSink } from './collector';
import type { SaveExampleMessage, SwipeReply } from '../messages';
import type { Platform } from '../model';
import { startHoverSave, type HoverSaveStrings } from './hover-save';
import { whileHoverEnabled, type HoverSettingStorage } from './hover-save-setting';
import { handleLocatePost } from './locate-post';
import { PageRecords } from './locate-post-records';

type Listener = (message: unknown, sender: { id?: string }) => Promise<unknown> | undefined;

export interface SwipeInPageDeps {
  win: Window & typeof globalThis;
  platform: Platform | undefined;
  runtime: {
    id: string;
    onMessage: { addListener(listener: Listener): void; removeListener(listener: Listener): void };
    sendMessage(message: SaveExampleMessage): Promise<unknown>;
  };
  storage: HoverSettingStorage;
  strings: HoverSaveStrings;
}

export interface SwipeInPage {
  /** Wraps the collector's queue so every record it sends is also remembered here. */
  remembering(queue: CollectorSink): CollectorSink;
  readonly records: PageRecords;
  stop(): void;
}

export function startSwipeInPage(deps: SwipeInPageDeps): SwipeInPage {
  const { win, runtime } = deps;
  const records = new PageRecords();

  // Only the extension itself can message a content script; the id check keeps it that way if that changes.
  const onMessage: Listener = (message, sender) =>
    sender.id === runtime.id ? handleLocatePost(message, { doc: win.document, view: win, records }) : undefined;
  runtime.onMessage.addListener(onMessage);

  const stopHover = whileHoverEnabled(deps.storage, deps.platform, () => startHoverSave({
    win,
    platform: deps.platform,
    records,
    send: (message) => runtime.sendMessage(message) as Promise<SwipeReply | undefined>,
    strings: deps.strings,
  }).stop);

  return {
    records,
    remembering: (queue) => ({
      push(pageUrl, adapter, found, delta) {
        records.add(found);
        queue.push(pageUrl, adapter, found, delta);
      },
      flush: () => queue.flush(),
    }),
    stop() {
      runtime.onMessage.removeListener(onMessage);
      stopHover();
    },
  };
}
