import { Window as HappyWindow } from 'happy-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { projectFixture } from '../../tests/shared-fixtures';
import type { SaveExampleMessage, SwipeReply } from '../messages';
import type { Post } from '../model';
import { startHoverSave, type HoverSave } from './hover-save';
import { HOST_TAG } from './hover-save-overlay';
import { PageRecords } from './locate-post-records';

type TestWindow = Window & typeof globalThis;
const STRINGS = { save: 'Save example', saving: 'Saving…', saved: 'Saved ✓', failed: 'Not saved' };

const windows: HappyWindow[] = [];
const running: HoverSave[] = [];
afterEach(async () => {
  for (const hover of running.splice(0)) hover.stop();
  for (const win of windows.splice(0)) await win.happyDOM.close();
});

function weiboTimeline(): TestWindow {
  const win = new HappyWindow({ url: 'https://weibo.com/u/1234567890', width: 1280, height: 720 });
  windows.push(win);
  win.document.write(projectFixture('weibo/timeline_dom.html'));
  return win as unknown as TestWindow;
}

function setBox(element: Element, left: number, top: number, width: number, height: number): void {
  element.getBoundingClientRect = () =>
    ({ left, top, width, height, x: left, y: top, right: left + width, bottom: top + height, toJSON: () => ({}) }) as DOMRect;
}

const capturedPost = (id: string, url: string): Post => ({
  id, platform: 'weibo', kind: 'post', url, author: { id: 'weibo:1234567890', platform: 'weibo', name: '品牌官微' },
  text: '', media: 'text', metrics: {}, capturedAt: '2024-06-14T12:00:00.000Z', source: 'api',
});

function start(win: TestWindow, send: (message: SaveExampleMessage) => Promise<SwipeReply | undefined>, nextPaint = () => Promise.resolve()) {
  const records = new PageRecords();
  records.add([capturedPost('weibo:5000', 'https://weibo.com/1234567890/OaBcD1xyz')]);
  const hover = startHoverSave({ win, platform: 'weibo', records, send, strings: STRINGS, nextPaint, resultMs: 50 });
  running.push(hover);
  return hover;
}

const hoverOver = (win: TestWindow, element: Element) => element.dispatchEvent(new win.MouseEvent('mouseover', { bubbles: true }));

describe('the hover save button', () => {
  it('appears at the top-right corner of a captured post, in an overlay outside the page\'s elements', () => {
    const win = weiboTimeline();
    const article = win.document.getElementById('first')!;
    setBox(article, 300, 80, 640, 220);
    const before = win.document.body.innerHTML;
    const hover = start(win, vi.fn());
    expect(win.document.querySelector(HOST_TAG)).toBeNull();

    hoverOver(win, article.querySelector('.text')!);

    const host = win.document.querySelector(HOST_TAG) as HTMLElement;
    expect(host.parentElement).toBe(win.document.documentElement);
    expect(article.contains(host)).toBe(false);
    expect(win.document.body.innerHTML).toBe(before);
    expect(host.shadowRoot).toBeNull();
    expect(host.getAttribute('style')).toMatch(/position: absolute;.*width: 0; height: 0;/);
    const button = hover.overlay!.button;
    expect(hover.overlay!.visible).toBe(true);
    expect(button.textContent).toBe('Save example');
    expect([button.style.left, button.style.top]).toEqual(['932px', '88px']);
  });

  it('follows the page when it scrolls', () => {
    const win = weiboTimeline();
    const article = win.document.getElementById('first')!;
    setBox(article, 300, 80, 640, 220);
    const hover = start(win, vi.fn());
    hoverOver(win, article);
    setBox(article, 300, -120, 640, 220);
    Object.defineProperty(win, 'scrollY', { value: 200, configurable: true });
    win.dispatchEvent(new win.Event('scroll'));
    expect(hover.overlay!.button.style.top).toBe('88px');
  });

  it('stays away from posts this page did not capture and from what is not a post', () => {
    const win = weiboTimeline();
    const hover = start(win, vi.fn());
    hoverOver(win, win.document.getElementById('second')!.querySelector('.text')!);
    expect(hover.overlay).toBeUndefined();

    hoverOver(win, win.document.getElementById('first')!);
    expect(hover.overlay!.visible).toBe(true);
    hoverOver(win, win.document.querySelector('header')!);
    expect(hover.overlay!.visible).toBe(false);
  });

  it('saves the post with its record id and rectangle, out of the screenshot, then says so', async () => {
    const win = weiboTimeline();
    Object.defineProperty(win, 'devicePixelRatio', { value: 2, configurable: true });
    const article = win.document.getElementById('first')!;
    setBox(article, 300, 80, 640, 220);
    let visibleWhenSent: boolean | undefined;
    const send = vi.fn(async (_message: SaveExampleMessage): Promise<SwipeReply> => {
      visibleWhenSent = hover.overlay!.visible;
      return { ok: true, id: 'ex:weibo:5000' };
    });
    const hover = start(win, send);
    hoverOver(win, article);
    const pageClicks = vi.fn();
    win.document.addEventListener('click', pageClicks);

    hover.overlay!.button.click();

    await vi.waitFor(() => expect(hover.overlay!.button.dataset.state).toBe('saved'));
    expect(send).toHaveBeenCalledExactlyOnceWith({
      type: 'content:save-example',
      pageUrl: 'https://weibo.com/u/1234567890',
      recordId: 'weibo:5000',
      rect: { x: 300, y: 80, width: 640, height: 220, devicePixelRatio: 2 },
    });
    expect(visibleWhenSent).toBe(false);
    expect(hover.overlay!.visible).toBe(true);
    expect(hover.overlay!.button.textContent).toBe('Saved ✓');
    expect(pageClicks).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(hover.overlay!.button.textContent).toBe('Save example'));
  });

  it('says when the save failed, and why', async () => {
    const win = weiboTimeline();
    const article = win.document.getElementById('first')!;
    setBox(article, 300, 80, 640, 220);
    const hover = start(win, async () => ({ ok: false, error: 'No captured post for this page' }));
    hoverOver(win, article);
    hover.overlay!.button.click();
    await vi.waitFor(() => expect(hover.overlay!.button.dataset.state).toBe('failed'));
    expect(hover.overlay!.button.textContent).toBe('Not saved');
    expect(hover.overlay!.button.title).toBe('No captured post for this page');

  });

  it('says why when the message itself failed (extension reloaded under the page)', async () => {
    const win = weiboTimeline();
    const article = win.document.getElementById('first')!;
    setBox(article, 300, 80, 640, 220);
    const hover = start(win, async () => {
      throw new Error('Extension context invalidated.');
    });
    hoverOver(win, article);
    hover.overlay!.button.click();
    await vi.waitFor(() => expect(hover.overlay!.button.dataset.state).toBe('failed'));
    expect(hover.overlay!.button.title).toBe('Extension context invalidated.');
  });

  it('leaves nothing behind when stopped', () => {
    const win = weiboTimeline();
    const hover = start(win, vi.fn());
    hoverOver(win, win.document.getElementById('first')!);
    hover.stop();
    expect(win.document.querySelector(HOST_TAG)).toBeNull();
    hoverOver(win, win.document.getElementById('first')!);
    expect(win.document.querySelector(HOST_TAG)).toBeNull();
  });
});

describe('the hover save button on X', () => {
  it('knows a tweet by its permalink even before this page recorded it', () => {
    const win = new HappyWindow({ url: 'https://x.com/search?q=winter' });
    windows.push(win);
    win.document.write(projectFixture('x/search_timeline_dom.html'));
    const testWin = win as unknown as TestWindow;
    const send = vi.fn(async (): Promise<SwipeReply> => ({ ok: true }));
    const hover = startHoverSave({ win: testWin, platform: 'x', records: new PageRecords(), send, strings: STRINGS, nextPaint: () => Promise.resolve() });
    running.push(hover);
    const [, second, third] = Array.from(testWin.document.querySelectorAll('article[data-testid="tweet"]'));
    hoverOver(testWin, third!);
    expect(hover.overlay).toBeUndefined();
    hoverOver(testWin, second!.querySelector('button')!);
    hover.overlay!.button.click();
    return vi.waitFor(() => expect(send).toHaveBeenCalledWith(expect.objectContaining({ recordId: 'x:1860000000000000002' })));
  });
});
