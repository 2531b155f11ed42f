// The content side of `background:locate-post`: where a record's post sits in the visible viewport,
// so the background can crop its screenshot to it. Nothing is scrolled: a post out of view gets no rect
// and the background keeps the whole visible tab instead.
import type { LocatePostMessage, LocatePostReply } from '../messages';
import type { ViewRect } from '../swipe/types';
import { postElementsFor } from './locate-post-element';
import type { PageRecords } from './locate-post-records';

type Viewport = Pick<Window, 'innerWidth' | 'innerHeight' | 'devicePixelRatio'>;

/**
 * The part of the element inside the viewport, in CSS pixels, widened to whole pixels so the crop never
 * cuts the post's edge. Undefined when none of it is visible (scrolled away, hidden, zero-sized).
 */
export function visibleRect(element: Element, view: Viewport): ViewRect | undefined {
  const box = element.getBoundingClientRect();
  const left = Math.max(0, Math.floor(box.left));
  const top = Math.max(0, Math.floor(box.top));
  const right = Math.min(view.innerWidth, Math.ceil(box.right));
  const bottom = Math.min(view.innerHeight, Math.ceil(box.bottom));
  if (right - left < 1 || bottom - top < 1) return undefined;
  return { x: left, y: top, width: right - left, height: bottom - top, devicePixelRatio: view.devicePixelRatio || 1 };
}

const area = (rect: ViewRect) => rect.width * rect.height;

/** The most visible of the record's elements (a status page may show the same tweet twice). */
export function locatePost(doc: Document, view: Viewport, target: { recordId: string; url?: string }): ViewRect | undefined {
  let best: ViewRect | undefined;
  for (const element of postElementsFor(doc, target)) {
    const rect = visibleRect(element, view);
    if (rect && (!best || area(rect) > area(best))) best = rect;
  }
  return best;
}

export function isLocatePostMessage(message: unknown): message is LocatePostMessage {
  const candidate = message as Partial<LocatePostMessage> | null;
  return typeof candidate === 'object' && candidate !== null && candidate.type === 'background:locate-post'
    && typeof candidate.recordId === 'string' && candidate.recordId !== ''
    && (candidate.url === undefined || typeof candidate.url === 'string');
}

/**
 * The collector's runtime.onMessage handler for this one message type; undefined for any other message
 * so other listeners may answer. Without a `url` in the message, the URL of the record as this page
 * captured it stands in.
 */
export function handleLocatePost(
  message: unknown,
  page: { doc: Document; view: Viewport; records: PageRecords },
): Promise<LocatePostReply> | undefined {
  if (!isLocatePostMessage(message)) return undefined;
  const url = message.url ?? page.records.urlOf(message.recordId);
  try {
    return Promise.resolve(locatePost(page.doc, page.view, { recordId: message.recordId, url }));
  } catch (error) {
    // A page DOM we did not foresee costs the crop, never the save: the background takes the whole view.
    console.warn('[earshot] could not locate the post', error);
    return Promise.resolve(undefined);
  }
}
