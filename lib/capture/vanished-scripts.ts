// Some pages delete their state <script> as soon as it has run (Bilibili's video page removes the one
// that sets __INITIAL_STATE__), so at DOMContentLoaded the embedded state is gone. The collector starts
// at document_start: this keeps the text of inline scripts that leave the document until the page has
// loaded, and offers them to the adapters as a detached document of their own.

const MAX_KEPT_CHARS = 8 * 1024 * 1024;

export interface VanishedScripts {
  /** A detached document holding the removed inline scripts, or undefined when none were removed. */
  document(): Document | undefined;
  stop(): void;
}

export function keepVanishedScripts(win: Window & typeof globalThis): VanishedScripts {
  const texts: string[] = [];
  let kept = 0;
  const observer = new win.MutationObserver((mutations) => {
    for (const mutation of mutations) {
      for (const node of mutation.removedNodes) {
        if (node.nodeName !== 'SCRIPT' || (node as HTMLScriptElement).src) continue;
        const text = node.textContent ?? '';
        if (!text.trim() || kept + text.length > MAX_KEPT_CHARS) continue;
        texts.push(text);
        kept += text.length;
      }
    }
  });
  observer.observe(win.document, { childList: true, subtree: true });
  return {
    document() {
      if (texts.length === 0) return undefined;
      const doc = win.document.implementation.createHTMLDocument('');
      for (const text of texts) {
        const script = doc.createElement('script');
        script.textContent = text;
        doc.head.append(script);
      }
      return doc;
    },
    stop: () => observer.disconnect(),
  };
}
