// Byte-level helpers for screenshots: data URLs, base64 (bundles) and a PNG's size from its header.
// Plain functions with no canvas, so they run (and are tested) anywhere.

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from the IHDR chunk, or undefined when the bytes are not a PNG. */
export function pngSize(bytes: ArrayBuffer): { width: number; height: number } | undefined {
  if (bytes.byteLength < 24) return undefined;
  const view = new DataView(bytes);
  if (!PNG_SIGNATURE.every((byte, i) => view.getUint8(i) === byte)) return undefined;
  if (String.fromCharCode(...new Uint8Array(bytes, 12, 4)) !== 'IHDR') return undefined;
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  return width > 0 && height > 0 ? { width, height } : undefined;
}

// Chunked: String.fromCharCode(...bytes) overflows the call stack on a screenshot-sized array.
const CHUNK = 0x8000;

export function bytesToBase64(bytes: ArrayBuffer): string {
  const array = new Uint8Array(bytes);
  let binary = '';
  for (let i = 0; i < array.length; i += CHUNK) binary += String.fromCharCode(...array.subarray(i, i + CHUNK));
  return btoa(binary);
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
export const isBase64 = (text: string) => BASE64.test(text);

/** Throws on text that is not canonical base64 (the bundle validator checks first). */
export function base64ToBytes(text: string): ArrayBuffer {
  if (!isBase64(text)) throw new Error('not base64');
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes.buffer;
}

/** What tabs.captureVisibleTab returns: `data:image/png;base64,…`. */
export function dataUrlToBytes(dataUrl: string): { mime: string; bytes: ArrayBuffer } {
  const match = /^data:([\w/+.-]+);base64,(.*)$/s.exec(dataUrl);
  if (!match) throw new Error('the screenshot is not a base64 data URL');
  return { mime: match[1]!, bytes: base64ToBytes(match[2]!) };
}
