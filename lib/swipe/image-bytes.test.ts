import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64, dataUrlToBytes, isBase64, pngSize } from './image-bytes';
import { pngDataUrl, testPng } from './test-png';

const same = (a: ArrayBuffer, b: ArrayBuffer) => Buffer.from(a).equals(Buffer.from(b));

describe('pngSize', () => {
  it('reads width and height from a real PNG header', () => {
    expect(pngSize(testPng(37, 5))).toEqual({ width: 37, height: 5 });
  });

  it('refuses bytes that are not a PNG', () => {
    expect(pngSize(new TextEncoder().encode('GIF89a not a png at all, sorry').buffer)).toBeUndefined();
    expect(pngSize(new ArrayBuffer(8))).toBeUndefined();
  });
});

describe('base64', () => {
  it('round-trips every byte value, also in arrays larger than one chunk', () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 7) % 256);
    const text = bytesToBase64(bytes.buffer);
    expect(text).toBe(Buffer.from(bytes).toString('base64'));
    expect(same(base64ToBytes(text), bytes.buffer)).toBe(true);
  });

  it('refuses text that is not canonical base64', () => {
    for (const bad of ['abc', 'ab!d', 'a===', 'ab=c']) expect(isBase64(bad), bad).toBe(false);
    expect(() => base64ToBytes('ab!d')).toThrow('not base64');
    expect(isBase64('')).toBe(true);
  });
});

describe('dataUrlToBytes', () => {
  it('decodes a captureVisibleTab data URL into the PNG bytes', () => {
    const png = testPng(4, 4);
    const { mime, bytes } = dataUrlToBytes(pngDataUrl(png));
    expect(mime).toBe('image/png');
    expect(same(bytes, png)).toBe(true);
  });

  it('throws a clear error on anything else', () => {
    expect(() => dataUrlToBytes('https://example.com/a.png')).toThrow('not a base64 data URL');
  });
});
