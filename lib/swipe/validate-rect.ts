// A ViewRect from a message or from the tab's content script: plain finite numbers, nothing else.
import { InvalidField, requireKnownKeys, requireObject } from '../validate-fields';
import type { ViewRect } from './types';

const RECT_KEYS = new Set(['x', 'y', 'width', 'height', 'devicePixelRatio']);
/** Far beyond any screen; stops absurd values from reaching the canvas. */
const MAX_COORDINATE = 1_000_000;

export function checkViewRect(value: unknown, field: string): ViewRect {
  const rect = requireObject(value, field);
  requireKnownKeys(rect, RECT_KEYS, field);
  for (const key of RECT_KEYS) {
    const number = rect[key];
    if (typeof number !== 'number' || !Number.isFinite(number) || Math.abs(number) > MAX_COORDINATE) {
      throw new InvalidField(`${field}.${key}`, 'must be a finite number');
    }
  }
  if ((rect.devicePixelRatio as number) <= 0 || (rect.devicePixelRatio as number) > 16) throw new InvalidField(`${field}.devicePixelRatio`, 'must be in (0, 16]');
  if ((rect.width as number) < 0 || (rect.height as number) < 0) throw new InvalidField(field, 'must not have a negative size');
  return rect as unknown as ViewRect;
}

/** The content script's answer, or undefined when it is not a usable rect (never throws). */
export function viewRectOrUndefined(value: unknown): ViewRect | undefined {
  try {
    return value === undefined || value === null ? undefined : checkViewRect(value, 'rect');
  } catch {
    return undefined;
  }
}
