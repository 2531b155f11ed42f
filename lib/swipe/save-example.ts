// The save flow in the background: which record, where it sits in the tab, its picture, and one
// transaction that stores the example and its image. A picture that cannot be taken does not lose
// the save: the example is stored without one and the reply says why.
import type { EarshotDb } from '../db';
import type { LocatePostMessage, SwipeReply } from '../messages';
import { exampleFrom, exampleIdOf } from './build-example';
import { resolveRecord, type RecordQuery } from './resolve-record';
import { takeScreenshot, type Screenshot, type ScreenshotDeps } from './screenshot';
import type { ExampleLabels, ViewRect } from './types';
import { viewRectOrUndefined } from './validate-rect';

export interface SaveTabsApi {
  get(tabId: number): Promise<{ windowId?: number; active?: boolean }>;
  captureVisibleTab: ScreenshotDeps['captureVisibleTab'];
  sendMessage(tabId: number, message: LocatePostMessage): Promise<unknown>;
}

export interface SaveDeps {
  db: EarshotDb;
  tabs: SaveTabsApi;
  cropPng: ScreenshotDeps['cropPng'];
  now?: () => Date;
  warn?: (text: string) => void;
}

export interface SaveRequest extends RecordQuery {
  tabId: number;
  rect?: ViewRect;
  labels?: ExampleLabels;
}

export const NO_RECORD_ERROR = 'Earshot has not captured this post yet: open the post itself (or wait until its page has loaded) and save again.';

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Asks the tab's content script where the post is; undefined when it cannot tell (no script, not found). */
async function locatePost(deps: SaveDeps, tabId: number, recordId: string, url: string | undefined): Promise<ViewRect | undefined> {
  try {
    return viewRectOrUndefined(await deps.tabs.sendMessage(tabId, { type: 'background:locate-post', recordId, ...(url ? { url } : {}) }));
  } catch {
    return undefined;
  }
}

async function photograph(deps: SaveDeps, tabId: number, rect: ViewRect | undefined): Promise<Screenshot | string> {
  try {
    const tab = await deps.tabs.get(tabId);
    // captureVisibleTab shows the window's front tab; any other tab would be the wrong picture.
    if (tab.active === false) return 'the tab was not in front, so it could not be photographed';
    return await takeScreenshot({ captureVisibleTab: deps.tabs.captureVisibleTab, cropPng: deps.cropPng }, tab.windowId, rect);
  } catch (error) {
    return `the tab could not be photographed (${describe(error)})`;
  }
}

export async function saveExample(request: SaveRequest, deps: SaveDeps): Promise<SwipeReply> {
  const record = await resolveRecord(deps.db, request);
  if (!record) return { ok: false, error: request.recordId ? `no captured post or comment ${JSON.stringify(request.recordId.slice(0, 80))}` : NO_RECORD_ERROR };
  const rect = request.rect ?? (await locatePost(deps, request.tabId, record.id, record.url));
  const shot = await photograph(deps, request.tabId, rect);
  if (typeof shot === 'string') deps.warn?.(`Earshot: example saved without a picture: ${shot}`);
  const nowIso = (deps.now?.() ?? new Date()).toISOString();
  const id = exampleIdOf(record.id);
  await deps.db.transaction('rw', deps.db.examples, deps.db.exampleImages, async () => {
    const previous = await deps.db.examples.get(id);
    const example = exampleFrom(record, request.labels ?? {}, nowIso, previous);
    if (!example.image && typeof shot !== 'string') {
      example.image = { width: shot.width, height: shot.height, mime: shot.mime, cropped: shot.cropped, bytes: shot.bytes.byteLength };
      await deps.db.exampleImages.put({ exampleId: id, mime: shot.mime, bytes: shot.bytes });
    }
    await deps.db.examples.put(example);
  });
  return typeof shot === 'string' ? { ok: true, id, imageError: shot } : { ok: true, id };
}
