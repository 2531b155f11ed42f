import { Window as HappyWindow } from 'happy-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { projectFixture } from '../../tests/shared-fixtures';
import type { CapturedRecord } from '../model';
import { HOST_TAG } from './hover-save-overlay';
import { startSwipeInPage, type SwipeInPage, type SwipeInPageDeps } from './hover-save-page';
import { HOVER_PLATFORMS_KEY } from '../swipe/ui-hover';

type TestWindow = Window & typeof globalThis;
type Listener = Parameters<SwipeInPageDeps['runtime']['onMessage']['addListener']>[0];

let win: TestWindow;
let swipe: SwipeInPage | undefined;
let listeners: Set<Listener>;
const sendMessage = vi.fn(async () => ({ ok: true }));

beforeEach(() => {
  fakeBrowser.reset();
  listeners = new Set();
  sendMessage.mockClear();
  const happy = new HappyWindow({ url: 'https://weibo.com/u/1234567890', width: 1280, height: 720 });
  happy.document.write(projectFixture('weibo/timeline_dom.html'));
  win = happy as unknown as TestWindow;
});
afterEach(async () => {
  swipe?.stop();
  await (win as unknown as HappyWindow).happyDOM.close();
});

function startOnWeibo(): SwipeInPage {
  swipe = startSwipeInPage({
    win,
    platform: 'weibo',
    runtime: {
      id: 'earshot-id',
      onMessage: { addListener: (listener) => listeners.add(listener), removeListener: (listener) => listeners.delete(listener) },
      sendMessage,
    },
    storage: fakeBrowser.storage,
    strings: { save: 'Save example', saving: 'Saving…', saved: 'Saved ✓', failed: 'Not saved' },
  });
  // What the collector sends passes through here on its way to the background.
  const queue = { push: vi.fn(), flush: vi.fn() };
  const post: CapturedRecord = {
    id: 'weibo:5000', platform: 'weibo', kind: 'post', url: 'https://weibo.com/1234567890/OaBcD1xyz',
    author: { id: 'weibo:1234567890', platform: 'weibo', name: '品牌官微' }, text: '新品上市', media: 'text',
    metrics: {}, capturedAt: '2024-06-14T12:00:00.000Z', source: 'api',
  };
  swipe.remembering(queue).push(win.location.href, 'weibo', [post], { adapter: 'weibo', items: 1, errors: 0, skipped: 0 });
  expect(queue.push).toHaveBeenCalledOnce();
  return swipe;
}

const hoverFirstPost = () => win.document.getElementById('first')!.dispatchEvent(new win.MouseEvent('mouseover', { bubbles: true }));
const overlayHost = () => win.document.querySelector(HOST_TAG);
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the hover button opt-in', () => {
  it('is off by default: hovering a post adds nothing to the page', async () => {
    startOnWeibo();
    await settle();
    hoverFirstPost();
    expect(overlayHost()).toBeNull();
  });

  it('is off when only other platforms are opted in', async () => {
    await fakeBrowser.storage.local.set({ [HOVER_PLATFORMS_KEY]: ['x', 'zhihu'] });
    startOnWeibo();
    await settle();
    hoverFirstPost();
    expect(overlayHost()).toBeNull();
  });

  it('follows the setting live: on for this platform shows the button, off removes it', async () => {
    await fakeBrowser.storage.local.set({ [HOVER_PLATFORMS_KEY]: ['weibo'] });
    startOnWeibo();
    await vi.waitFor(() => {
      hoverFirstPost();
      expect(overlayHost()).not.toBeNull();
    });
    await fakeBrowser.storage.local.set({ [HOVER_PLATFORMS_KEY]: [] });
    await vi.waitFor(() => expect(overlayHost()).toBeNull());
    hoverFirstPost();
    expect(overlayHost()).toBeNull();
    await fakeBrowser.storage.local.set({ [HOVER_PLATFORMS_KEY]: ['x', 'weibo'] });
    await vi.waitFor(() => {
      hoverFirstPost();
      expect(overlayHost()).not.toBeNull();
    });
  });

  it('reads a malformed setting as "none"', async () => {
    await fakeBrowser.storage.local.set({ [HOVER_PLATFORMS_KEY]: 'weibo' });
    startOnWeibo();
    await settle();
    hoverFirstPost();
    expect(overlayHost()).toBeNull();
  });
});

describe('locate-post in the page', () => {
  it('answers the extension with the rect of a record this page captured, and nobody else', async () => {
    startOnWeibo();
    const article = win.document.getElementById('first')!;
    article.getBoundingClientRect = () => ({ left: 300, top: 80, right: 940, bottom: 300, width: 640, height: 220, x: 300, y: 80, toJSON: () => ({}) }) as DOMRect;
    const [listener] = listeners;
    const message = { type: 'background:locate-post', recordId: 'weibo:5000' };
    await expect(listener!(message, { id: 'earshot-id' })).resolves.toEqual({ x: 300, y: 80, width: 640, height: 220, devicePixelRatio: 1 });
    expect(listener!(message, { id: 'another-extension' })).toBeUndefined();
    expect(listener!({ type: 'something-else' }, { id: 'earshot-id' })).toBeUndefined();
  });

  it('stops listening when stopped', () => {
    startOnWeibo().stop();
    expect(listeners.size).toBe(0);
  });
});
