// The picture of a saved post: the visible tab, cut to the post's rect when it is known and in view.
import { coversWholeImage, cropBox, type CropBox } from './crop';
import { dataUrlToBytes, pngSize } from './image-bytes';
import type { ViewRect } from './types';

export interface ScreenshotDeps {
  /** tabs.captureVisibleTab: photographs the active tab of that window. */
  captureVisibleTab(windowId: number | undefined, options: { format: 'png' }): Promise<string>;
  /** lib/swipe/crop-png.ts in the worker. */
  cropPng(png: ArrayBuffer, box: CropBox): Promise<ArrayBuffer>;
}

export interface Screenshot {
  bytes: ArrayBuffer;
  mime: 'image/png';
  width: number;
  height: number;
  cropped: boolean;
}

export async function takeScreenshot(deps: ScreenshotDeps, windowId: number | undefined, rect?: ViewRect): Promise<Screenshot> {
  const { mime, bytes } = dataUrlToBytes(await deps.captureVisibleTab(windowId, { format: 'png' }));
  const size = mime === 'image/png' ? pngSize(bytes) : undefined;
  if (!size) throw new Error(`the screenshot is not a PNG (${mime})`);
  const box = rect && cropBox(rect, size);
  // Full view, kept byte for byte as the browser encoded it, when there is nothing to cut.
  if (!box || coversWholeImage(box, size)) return { bytes, mime: 'image/png', ...size, cropped: false };
  return { bytes: await deps.cropPng(bytes, box), mime: 'image/png', width: box.width, height: box.height, cropped: true };
}
