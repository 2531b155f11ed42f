// Reading a copy of a page response without ever holding more than the cap in memory.

// Taken when the tap loads (document_start, before page scripts) so a page that later replaces
// these globals cannot break or observe the tap.
const NativeTextEncoder = TextEncoder;
const NativeTextDecoder = TextDecoder;

/** True when `text` encodes to more than `maxBytes` UTF-8 bytes (counts only when it has to). */
export function utf8LengthExceeds(text: string, maxBytes: number): boolean {
  if (text.length > maxBytes) return true;
  // Each UTF-16 unit is at most 3 UTF-8 bytes, so short strings need no counting.
  if (text.length * 3 <= maxBytes) return false;
  return new NativeTextEncoder().encode(text).byteLength > maxBytes;
}

/** Declared Content-Length over the cap (compressed size, so only a first check). */
export function declaredLengthExceeds(contentLength: string | null, maxBytes: number): boolean {
  const declared = Number(contentLength);
  return contentLength !== null && Number.isFinite(declared) && declared > maxBytes;
}

/**
 * The body of `response` (a clone the page never sees) as text, or undefined when it is over
 * `maxBytes`; the stream is cancelled as soon as the cap is passed.
 */
export async function readCappedText(response: Response, maxBytes: number): Promise<string | undefined> {
  const stream = response.body;
  if (!stream) {
    const text = await response.text();
    return utf8LengthExceeds(text, maxBytes) ? undefined : text;
  }

  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      reader.cancel().catch(() => {});
      return undefined;
    }
    chunks.push(value);
  }

  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new NativeTextDecoder().decode(bytes);
}
