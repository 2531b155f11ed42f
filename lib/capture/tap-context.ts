// What the MAIN-world tap's pieces share. Everything page-reachable is captured at install time
// (document_start, before page scripts), and nothing here can throw into the page.
import { TAP_CHANNEL, type TapMessage } from '../messages';

export type TapWindow = Window & typeof globalThis;

export interface TapOptions {
  /** Whether a response from this absolute URL is worth reading (lib/platforms/patterns). */
  shouldCapture(url: string): boolean;
  /** Bodies over this many bytes are announced as `tooLarge`, without their body. */
  maxBodyBytes: number;
  /** Hands a message to the isolated collector (window.postMessage in the real tap). */
  post(message: TapMessage): void;
}

export interface TapContext {
  win: TapWindow;
  maxBodyBytes: number;
  /** Absolute URL of a fetch/XHR target when it should be read, else undefined. */
  capturableUrl(target: unknown): string | undefined;
  postResponse(url: string, status: number, body: string | undefined): void;
  postNavigation(url: string): void;
}

export function createTapContext(win: TapWindow, options: TapOptions): TapContext {
  const { URL: NativeURL, Request: NativeRequest, location } = win;

  function post(message: TapMessage): void {
    try {
      options.post(message);
    } catch {
      // A message that cannot be posted is lost to us, never an error in the page.
    }
  }

  return {
    win,
    maxBodyBytes: options.maxBodyBytes,
    capturableUrl(target) {
      try {
        // Only strings, URLs and Requests: stringifying other objects would run page code twice.
        const raw =
          typeof target === 'string' ? target
          : target instanceof NativeURL ? target.href
          : NativeRequest && target instanceof NativeRequest ? target.url
          : undefined;
        if (raw === undefined) return undefined;
        const url = new NativeURL(raw, location.href).href;
        return options.shouldCapture(url) ? url : undefined;
      } catch {
        return undefined;
      }
    },
    postResponse(url, status, body) {
      post(body === undefined
        ? { channel: TAP_CHANNEL, kind: 'response', url, status, tooLarge: true }
        : { channel: TAP_CHANNEL, kind: 'response', url, status, body });
    },
    postNavigation(url) {
      post({ channel: TAP_CHANNEL, kind: 'navigate', url });
    },
  };
}
