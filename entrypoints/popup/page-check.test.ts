// The quick check inside the popup against a real (fake-indexeddb) Dexie: the panel finds the tab's
// post, counts all of its comments, and a correction (sent as a message, stored as the background
// stores it) changes the counts live. A .ts file (h() rather than JSX) for the entrypoints test glob.
import { h } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { byTestId, mount } from '../../components/mount.test-helper';
import { setCorrection } from '../../lib/corrections';
import { openDb, type EarshotDb, type StoredComment, type StoredPost } from '../../lib/db';
import type { SentimentLabel } from '../../lib/sentiment-store';
import { App } from './App';
import { labelsFileName } from './corrections';
import { readPageCheck } from './queries';

const PAGE = 'https://weibo.com/7788123456/PfL1aN7kB';
const FEED = 'https://weibo.com/';
const at = new Date().toISOString();
const seen = (...pages: string[]) => ({ capturedAt: at, firstSeenAt: at, lastSeenAt: at, seenOn: pages });
const brand = { id: 'weibo:7788123456', platform: 'weibo' as const, name: '光合咖啡' };

const post: StoredPost = {
  id: 'weibo:5231874400112233', platform: 'weibo', kind: 'post', url: PAGE, author: brand, text: '桂花燕麦拿铁上线',
  media: 'text', metrics: { likes: 3286 }, source: 'api', ...seen(FEED, PAGE),
};
const labels: SentimentLabel[] = ['positive', 'positive', 'positive', 'neutral', 'negative', 'negative'];
const comments: StoredComment[] = labels.map((label, index) => ({
  id: `weibo:c${index}`, platform: 'weibo', kind: 'comment', postId: post.id, text: `评论${index}`,
  author: { id: `weibo:u${index}`, platform: 'weibo', name: `用户${index}` }, metrics: { likes: 100 - index },
  source: 'api', sentiment: { score: 0, label, confidence: 0.9, aspects: [], version: 'test' },
  // One comment was captured elsewhere (the mobile site): it still belongs to the post.
  ...(index === 5 ? seen('https://m.weibo.cn/detail/5231874400112233') : seen(PAGE)),
}));

let db: EarshotDb;
beforeEach(async () => {
  db = openDb(`popup-check-${Math.random()}`);
  await db.posts.add(post);
  await db.comments.bulkAdd(comments);
  history.replaceState(null, '', `?tab=${encodeURIComponent(PAGE)}`);
});
afterEach(async () => {
  fakeBrowser.reset();
  await db.delete();
});

const countOf = (root: HTMLElement, label: SentimentLabel) => byTestId(root, `sentiment-${label}`)[0]?.dataset.count;

describe('popup quick check', () => {
  it('reads the post of the tab with all of its comments; a feed of several posts has none', async () => {
    await db.posts.add({ ...post, id: 'weibo:other', url: 'https://weibo.com/7788123456/Other', ...seen(FEED) });
    const view = await readPageCheck(db, PAGE);
    expect(view?.postId).toBe(post.id);
    expect(view?.mix.map((slice) => slice.count)).toEqual([3, 1, 2]);
    expect(await readPageCheck(db, FEED)).toBeUndefined();
  });

  it('shows the panel above the totals, and a correction changes the counts live', async () => {
    // As the background answers `popup:correct-sentiment`.
    const received: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener(async (message: any) => {
      received.push(message);
      return setCorrection(db, message.recordId, message.label);
    });
    const root = mount(h(App, { db }));
    await vi.waitFor(() => expect(countOf(root, 'negative')).toBe('2'));
    const panel = byTestId(root, 'page-check')[0]!;
    expect(panel.compareDocumentPosition(byTestId(root, 'kpi-posts')[0]!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(byTestId(root, 'net-sentiment')[0]!.dataset.value).toBe('0.2000');

    const row = byTestId(root, 'check-comment').find((item) => item.dataset.id === 'weibo:c0')!;
    (row.querySelector('[data-testid="correct-label"][data-label="negative"]') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(countOf(root, 'negative')).toBe('3'));
    expect(countOf(root, 'positive')).toBe('2');
    expect(received).toEqual([{ type: 'popup:correct-sentiment', recordId: 'weibo:c0', label: 'negative' }]);
    expect(byTestId(root, 'top-negative')[0]!.dataset.id).toBe('weibo:c0');
    await vi.waitFor(() => expect(byTestId(root, 'check-export')[0]!.dataset.count).toBe('1'));

    const corrected = byTestId(root, 'check-comment').find((item) => item.dataset.id === 'weibo:c0')!;
    expect(corrected.dataset.corrected).toBe('true');
    (corrected.querySelector('[data-testid="correct-label-reset"]') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(countOf(root, 'negative')).toBe('2'));
  });
});

describe('labelsFileName', () => {
  it('dates the download', () => {
    expect(labelsFileName(new Date('2026-11-26T05:00:00Z'))).toBe('earshot-labels-2026-11-26.jsonl');
  });
});
