// The opt-in "save example" button that appears at a post's top-right corner while the pointer is over
// it. It lives in an overlay outside the page's own elements (hover-save-overlay.ts) and sends
// `content:save-example` with the post's record id and its rectangle for the screenshot.
import type { SaveExampleMessage, SwipeReply } from '../messages';
import type { Platform } from '../model';
import { createOverlay, type Overlay } from './hover-save-overlay';
import { visibleRect } from './locate-post';
import { postContainerSelector, xStatusIdOf } from './locate-post-element';
import type { PageRecords } from './locate-post-records';

export interface HoverSaveStrings {
  save: string;
  saving: string;
  saved: string;
  failed: string;
}

export interface HoverSaveOptions {
  win: Window & typeof globalThis;
  platform: Platform | undefined;
  records: PageRecords;
  send(message: SaveExampleMessage): Promise<SwipeReply | undefined>;
  strings: HoverSaveStrings;
  /** Resolves once the page has painted without the button, so the screenshot does not show it. */
  nextPaint?: () => Promise<void>;
  /** How long "Saved" / "Not saved" stays before the button reads "Save" again. */
  resultMs?: number;
}

export interface HoverSave {
  stop(): void;
  /** The overlay once a post was hovered (created lazily: a page nobody hovers gets nothing added). */
  readonly overlay: Overlay | undefined;
}

function twoFrames(win: Window): Promise<void> {
  return new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(() => resolve())));
}

/** The record a post element shows, or undefined when this page has not captured it (nothing to save). */
export function recordIdOfPost(post: Element, platform: Platform | undefined, records: PageRecords, pageUrl: string): string | undefined {
  if (platform === 'x') {
    const statusId = xStatusIdOf(post);
    if (statusId) return `x:${statusId}`;
  }
  for (const link of Array.from(post.querySelectorAll('a[href]'))) {
    const id = records.idForUrl(link.getAttribute('href')!, pageUrl);
    if (id) return id;
  }
  // A post page's own post has no link to itself; it is the page's first post container.
  const first = post.ownerDocument.querySelector(postContainerSelector(platform));
  return first === post ? records.idForUrl(pageUrl) : undefined;
}

export function startHoverSave(options: HoverSaveOptions): HoverSave {
  const { win, platform, records, send, strings } = options;
  const doc = win.document;
  const nextPaint = options.nextPaint ?? (() => twoFrames(win));
  const resultMs = options.resultMs ?? 2000;
  let overlay: Overlay | undefined;
  let active: { post: Element; recordId: string } | undefined;
  let saving = false;
  let resetTimer: ReturnType<typeof setTimeout> | undefined;

  const place = () => {
    if (active && overlay) overlay.placeAt(active.post.getBoundingClientRect(), { x: win.scrollX, y: win.scrollY });
  };

  const hide = () => {
    active = undefined;
    overlay?.hide();
  };

  const showFor = (post: Element, recordId: string) => {
    overlay ??= makeOverlay();
    active = { post, recordId };
    overlay.setState('idle', strings.save);
    place();
    overlay.show();
  };

  const onOver = (event: Event) => {
    if (saving || !(event.target instanceof win.Element)) return;
    if (overlay && event.target === overlay.host) return;
    const post = event.target.closest(postContainerSelector(platform));
    if (!post) return hide();
    if (post === active?.post) return;
    const recordId = recordIdOfPost(post, platform, records, win.location.href);
    if (recordId) showFor(post, recordId);
    else hide();
  };

  async function save(): Promise<void> {
    if (!active || !overlay || saving) return;
    const { post, recordId } = active;
    saving = true;
    clearTimeout(resetTimer);
    overlay.setState('saving', strings.saving);
    overlay.hide();
    let reply: SwipeReply | undefined;
    try {
      await nextPaint();
      const message: SaveExampleMessage = { type: 'content:save-example', pageUrl: win.location.href, recordId };
      const rect = visibleRect(post, win);
      if (rect) message.rect = rect;
      reply = await send(message);
    } catch (error) {
      reply = { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    saving = false;
    if (!overlay) return;
    if (reply?.ok) overlay.setState('saved', strings.saved);
    else overlay.setState('failed', strings.failed, reply?.error ?? strings.failed);
    if (active?.post === post) {
      place();
      overlay.show();
    }
    resetTimer = setTimeout(() => overlay?.setState('idle', strings.save), resultMs);
  }

  function makeOverlay(): Overlay {
    const made = createOverlay(doc);
    made.button.addEventListener('click', (event) => {
      event.preventDefault();
      void save();
    });
    // The page must not see clicks on our button as clicks on its own content (X opens the tweet).
    for (const type of ['click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup']) {
      made.button.addEventListener(type, (event) => event.stopPropagation());
    }
    return made;
  }

  doc.addEventListener('mouseover', onOver, { capture: true, passive: true });
  win.addEventListener('scroll', place, { capture: true, passive: true });
  win.addEventListener('resize', place, { passive: true });

  return {
    get overlay() {
      return overlay;
    },
    stop() {
      doc.removeEventListener('mouseover', onOver, { capture: true });
      win.removeEventListener('scroll', place, { capture: true });
      win.removeEventListener('resize', place);
      clearTimeout(resetTimer);
      overlay?.remove();
      overlay = undefined;
      active = undefined;
    },
  };
}
