// Observes fetch responses the page asked for, without changing what the page gets.
import { replaceMethod } from './disguise';
import { declaredLengthExceeds, readCappedText } from './read-capped';
import type { TapContext } from './tap-context';

async function readCopy(tap: TapContext, url: string, copy: Response): Promise<void> {
  try {
    tap.postResponse(url, copy.status, await readCappedText(copy, tap.maxBodyBytes));
  } catch {
    // Aborted or broken stream: the page sees its own error on its own copy.
  }
}

function observe(tap: TapContext, url: string, response: Response): void {
  try {
    // Opaque (no-cors) responses have no readable body.
    if (!response.body && response.type === 'opaque') return;
    if (declaredLengthExceeds(response.headers.get('content-length'), tap.maxBodyBytes)) {
      tap.postResponse(url, response.status, undefined);
      return;
    }
    // Clone now, before the page's own handlers run and consume the body; read it later.
    void readCopy(tap, url, response.clone());
  } catch {
    // Never into the page.
  }
}

export function tapFetch(tap: TapContext): void {
  const promiseThen = tap.win.Promise.prototype.then;

  replaceMethod(tap.win, 'fetch', (nativeFetch) => ({
    fetch(this: unknown, ...args: unknown[]) {
      // Same `this` and arguments: "Illegal invocation" and argument errors stay the page's own.
      const pending = Reflect.apply(nativeFetch, this, args) as Promise<Response>;
      const url = tap.capturableUrl(args[0]);
      if (!url) return pending;
      // Resolves with the very same Response and rejects with the very same error; a page that
      // leaves a failed fetch unhandled still gets its own unhandledrejection.
      return promiseThen.call(pending, (response: Response) => {
        observe(tap, url, response);
        return response;
      });
    },
  }).fetch);
}
