// Observes XMLHttpRequest responses (weibo and x both use XHR for their APIs) by listening to the
// real request's loadend: nothing the page can see is added to the object.
import { replaceMethod } from './disguise';
import { declaredLengthExceeds, utf8LengthExceeds } from './read-capped';
import type { TapContext } from './tap-context';

function bodyText(xhr: XMLHttpRequest): string | undefined {
  const type = xhr.responseType;
  if (type === '' || type === 'text') return xhr.responseText;
  if (type === 'json') {
    // `response` is parsed once and cached by the browser: the page gets the same object.
    const value: unknown = xhr.response;
    return value === null || value === undefined ? undefined : JSON.stringify(value);
  }
  return undefined;
}

/** An 'arraybuffer' or 'blob' response as a Blob (size known, text read asynchronously), else undefined. */
function binaryBody(xhr: XMLHttpRequest): { size: number; text(): Promise<string> } | undefined {
  const value: unknown = xhr.responseType === 'arraybuffer' || xhr.responseType === 'blob' ? xhr.response : undefined;
  if (value instanceof ArrayBuffer) return { size: value.byteLength, text: async () => new TextDecoder().decode(value) };
  if (value instanceof Blob) return value;
  return undefined;
}

function observe(tap: TapContext, url: string, xhr: XMLHttpRequest): void {
  try {
    // Status 0: aborted, timed out or a network error; nothing to read.
    if (xhr.readyState !== 4 || xhr.status === 0) return;
    if (declaredLengthExceeds(xhr.getResponseHeader('content-length'), tap.maxBodyBytes)) {
      tap.postResponse(url, xhr.status, undefined);
      return;
    }
    const binary = binaryBody(xhr);
    if (binary) {
      // Binary reads decode a copy of the bytes; the page keeps its own ArrayBuffer or Blob untouched.
      if (binary.size > tap.maxBodyBytes) return tap.postResponse(url, xhr.status, undefined);
      const status = xhr.status;
      void binary.text().then((text) => tap.postResponse(url, status, text), () => {});
      return;
    }
    const text = bodyText(xhr);
    if (text === undefined) return;
    tap.postResponse(url, xhr.status, utf8LengthExceeds(text, tap.maxBodyBytes) ? undefined : text);
  } catch {
    // Never into the page.
  }
}

export function tapXhr(tap: TapContext): void {
  const Xhr = tap.win.XMLHttpRequest;
  if (!Xhr) return;
  const { addEventListener, removeEventListener } = tap.win.EventTarget.prototype;
  // Kept beside the object, not on it, so the page cannot see it.
  const openedUrls = new WeakMap<XMLHttpRequest, string>();

  replaceMethod(Xhr.prototype, 'open', (nativeOpen) => ({
    open(this: XMLHttpRequest, ...args: unknown[]) {
      const result = Reflect.apply(nativeOpen, this, args);
      const url = tap.capturableUrl(args[1]);
      if (url) openedUrls.set(this, url);
      else openedUrls.delete(this);
      return result;
    },
  }).open);

  replaceMethod(Xhr.prototype, 'send', (nativeSend) => ({
    send(this: XMLHttpRequest, ...args: unknown[]) {
      const url = openedUrls.get(this);
      // Listen before sending: a synchronous XHR fires loadend inside send().
      const onLoadEnd = url ? () => observe(tap, url, this) : undefined;
      if (onLoadEnd) addEventListener.call(this, 'loadend', onLoadEnd, { once: true });
      try {
        return Reflect.apply(nativeSend, this, args);
      } catch (error) {
        if (onLoadEnd) removeEventListener.call(this, 'loadend', onLoadEnd);
        throw error;
      }
    },
  }).send);
}
