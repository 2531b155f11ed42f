// The browser APIs are stubbed: this checks the box reaches drawImage as source rect and canvas size,
// and that the bitmap is released even on failure. The pixels are checked in Chromium (e2e).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cropPng } from './crop-png';

afterEach(() => vi.unstubAllGlobals());

function stubCanvas(context: unknown) {
  const bitmap = { close: vi.fn() };
  const canvases: { width: number; height: number }[] = [];
  vi.stubGlobal('createImageBitmap', vi.fn(async () => bitmap));
  vi.stubGlobal('OffscreenCanvas', class {
    constructor(public width: number, public height: number) { canvases.push(this); }
    getContext() { return context; }
    async convertToBlob(options: { type: string }) { return new Blob([new Uint8Array([1, 2, 3])], options); }
  });
  return { bitmap, canvases };
}

describe('cropPng', () => {
  it('draws the box of the screenshot onto a canvas of the box size and encodes PNG', async () => {
    const context = { drawImage: vi.fn() };
    const { bitmap, canvases } = stubCanvas(context);
    const out = await cropPng(new Uint8Array([9]).buffer, { x: 200, y: 100, width: 1200, height: 800 });
    expect(canvases).toEqual([expect.objectContaining({ width: 1200, height: 800 })]);
    expect(context.drawImage).toHaveBeenCalledWith(bitmap, 200, 100, 1200, 800, 0, 0, 1200, 800);
    expect([...new Uint8Array(out)]).toEqual([1, 2, 3]);
    expect(bitmap.close).toHaveBeenCalled();
  });

  it('releases the bitmap and says why when no 2d context is available', async () => {
    const { bitmap } = stubCanvas(null);
    await expect(cropPng(new ArrayBuffer(1), { x: 0, y: 0, width: 20, height: 20 })).rejects.toThrow('no 2d context');
    expect(bitmap.close).toHaveBeenCalled();
  });
});
