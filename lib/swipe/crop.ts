// Where to cut the visible-tab screenshot. The post's rect comes in CSS pixels of the viewport; the
// screenshot is in device pixels (CSS × devicePixelRatio, which also carries the page zoom). Pure.
import type { ViewRect } from './types';

export interface CropBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Smaller than this (device px) the post is essentially out of view: the full view says more. */
export const MIN_CROP_SIDE = 16;

/**
 * The box in the image, rounded outwards to whole pixels and clamped to the image. Undefined when the
 * rect lies (almost) outside the visible area or is not a usable rect: the caller keeps the full view.
 */
export function cropBox(rect: ViewRect, image: { width: number; height: number }): CropBox | undefined {
  const scale = rect.devicePixelRatio;
  const numbers = [rect.x, rect.y, rect.width, rect.height, scale];
  if (!numbers.every(Number.isFinite) || scale <= 0 || rect.width <= 0 || rect.height <= 0) return undefined;
  const left = Math.max(0, Math.floor(rect.x * scale));
  const top = Math.max(0, Math.floor(rect.y * scale));
  const right = Math.min(image.width, Math.ceil((rect.x + rect.width) * scale));
  const bottom = Math.min(image.height, Math.ceil((rect.y + rect.height) * scale));
  if (right - left < MIN_CROP_SIDE || bottom - top < MIN_CROP_SIDE) return undefined;
  return { x: left, y: top, width: right - left, height: bottom - top };
}

export const coversWholeImage = (box: CropBox, image: { width: number; height: number }) =>
  box.x === 0 && box.y === 0 && box.width === image.width && box.height === image.height;
