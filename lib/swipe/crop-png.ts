// The pixel work of cropping, in the service worker: decode, draw the box, encode PNG. No DOM is
// needed (createImageBitmap + OffscreenCanvas exist in workers). Node/happy-dom have neither, so the
// unit test stubs them and checks the calls; the real drawing is checked in Chromium by the e2e.
import type { CropBox } from './crop';

export async function cropPng(png: ArrayBuffer, box: CropBox): Promise<ArrayBuffer> {
  const bitmap = await createImageBitmap(new Blob([png], { type: 'image/png' }));
  try {
    const canvas = new OffscreenCanvas(box.width, box.height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d context for cropping');
    context.drawImage(bitmap, box.x, box.y, box.width, box.height, 0, 0, box.width, box.height);
    const blob = await canvas.convertToBlob({ type: 'image/png' });
    return await blob.arrayBuffer();
  } finally {
    bitmap.close();
  }
}
