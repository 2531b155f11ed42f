import { describe, expect, it } from 'vitest';
import { coversWholeImage, cropBox } from './crop';

const image = { width: 2560, height: 1440 }; // a 1280×720 viewport at devicePixelRatio 2

describe('cropBox', () => {
  it('scales the CSS-pixel rect by devicePixelRatio', () => {
    expect(cropBox({ x: 100, y: 50, width: 600, height: 400, devicePixelRatio: 2 }, image)).toEqual({ x: 200, y: 100, width: 1200, height: 800 });
    expect(cropBox({ x: 100, y: 50, width: 600, height: 400, devicePixelRatio: 1 }, { width: 1280, height: 720 })).toEqual({ x: 100, y: 50, width: 600, height: 400 });
  });

  it('rounds fractional pixels outwards so no edge of the post is cut', () => {
    // 1.5 (125% zoom on a 1.2 screen, say): 10.4*1.5 = 15.6 → 15; (10.4+100.3)*1.5 = 166.05 → 167.
    expect(cropBox({ x: 10.4, y: 0.5, width: 100.3, height: 50, devicePixelRatio: 1.5 }, image)).toEqual({ x: 15, y: 0, width: 152, height: 76 });
  });

  it('clamps a post partly above or right of the viewport to the visible part', () => {
    expect(cropBox({ x: 1000, y: -200, width: 600, height: 500, devicePixelRatio: 2 }, image)).toEqual({ x: 2000, y: 0, width: 560, height: 600 });
  });

  it('gives up (full view) when the post is scrolled out of view or the rect is unusable', () => {
    expect(cropBox({ x: 0, y: 900, width: 600, height: 400, devicePixelRatio: 2 }, image)).toBeUndefined();
    expect(cropBox({ x: 0, y: -400, width: 600, height: 395, devicePixelRatio: 2 }, image)).toBeUndefined();
    expect(cropBox({ x: 0, y: 0, width: 0, height: 400, devicePixelRatio: 2 }, image)).toBeUndefined();
    expect(cropBox({ x: Number.NaN, y: 0, width: 10, height: 10, devicePixelRatio: 2 }, image)).toBeUndefined();
    expect(cropBox({ x: 0, y: 0, width: 100, height: 100, devicePixelRatio: 0 }, image)).toBeUndefined();
  });

  it('knows when the box is the whole picture', () => {
    const box = cropBox({ x: -5, y: -5, width: 2000, height: 2000, devicePixelRatio: 2 }, image)!;
    expect(coversWholeImage(box, image)).toBe(true);
  });
});
