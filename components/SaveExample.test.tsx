import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openDb } from '../lib/db';
import { byTestId, mount } from './mount.test-helper';
import { labelsFrom, SaveExample, tagsFrom, type SaveExampleHandler } from './SaveExample';
import { readExampleCount, saveExampleMessage, sendSaveExample, tabIdFor } from './SaveExampleSend';

const one = (root: HTMLElement, testId: string) => byTestId(root, testId)[0]!;

function type(element: HTMLElement, value: string): void {
  (element as HTMLInputElement).value = value;
  element.dispatchEvent(new Event(element instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
}

describe('SaveExample (popup button)', () => {
  it('saves with no labels in one click and says "Saved ✓"', async () => {
    const onSave = vi.fn<SaveExampleHandler>(async () => ({ ok: true, id: 'ex:weibo:1' }));
    const root = mount(<SaveExample count={3} onSave={onSave} />);
    expect(one(root, 'save-example-count').dataset.value).toBe('3');
    expect(root.querySelector('details')!.open).toBe(false);

    one(root, 'save-example').click();

    await vi.waitFor(() => expect(one(root, 'save-example-status').dataset.state).toBe('saved'));
    expect(onSave).toHaveBeenCalledExactlyOnceWith({});
    expect(one(root, 'save-example-status').textContent).toBe('Saved ✓');
  });

  it('sends the board, tags, stance, brand and note the user filled in', async () => {
    const onSave = vi.fn<SaveExampleHandler>(async () => ({ ok: true }));
    const root = mount(<SaveExample onSave={onSave} />);
    type(one(root, 'save-example-board'), ' Competitor A / Q4 campaigns ');
    type(one(root, 'save-example-tags'), '新品，冬季菜单, winter、新品');
    type(one(root, 'save-example-stance'), 'competitor');
    type(one(root, 'save-example-brand'), 'Competitor A');
    type(one(root, 'save-example-note'), 'great hook');

    one(root, 'save-example').click();

    await vi.waitFor(() => expect(onSave).toHaveBeenCalledOnce());
    expect(onSave.mock.calls[0]![0]).toEqual({
      board: 'Competitor A / Q4 campaigns',
      tags: ['新品', '冬季菜单', 'winter'],
      stance: 'competitor',
      brand: 'Competitor A',
      note: 'great hook',
    });
  });

  it('says when the post was saved without its picture, and why', async () => {
    const root = mount(<SaveExample onSave={async () => ({ ok: true, id: 'ex:x:1', imageError: 'the tab was not in front' })} />);
    one(root, 'save-example').click();
    await vi.waitFor(() => expect(one(root, 'save-example-status').dataset.state).toBe('saved'));
    expect(one(root, 'save-example-status').textContent).toBe('Saved ✓ without a picture: the tab was not in front');
  });

  it('shows why a save failed, and does not claim it saved', async () => {
    const root = mount(<SaveExample onSave={async () => ({ ok: false, error: 'No captured post for this page yet' })} />);
    one(root, 'save-example').click();
    await vi.waitFor(() => expect(one(root, 'save-example-status').dataset.state).toBe('failed'));
    expect(one(root, 'save-example-status').textContent).toBe('Not saved: No captured post for this page yet');

    const silent = mount(<SaveExample onSave={async () => undefined} />);
    one(silent, 'save-example').click();
    await vi.waitFor(() => expect(one(silent, 'save-example-status').textContent).toBe('Not saved: the background did not answer'));
  });

  it('cannot be clicked twice while saving', async () => {
    let finish!: () => void;
    const onSave = vi.fn<SaveExampleHandler>(() => new Promise((resolve) => (finish = () => resolve({ ok: true }))));
    const root = mount(<SaveExample onSave={onSave} />);
    one(root, 'save-example').click();
    await vi.waitFor(() => expect((one(root, 'save-example') as HTMLButtonElement).disabled).toBe(true));
    one(root, 'save-example').click();
    finish();
    await vi.waitFor(() => expect(one(root, 'save-example-status').dataset.state).toBe('saved'));
    expect(onSave).toHaveBeenCalledOnce();
  });
});

describe('labels', () => {
  it('splits tags on Latin and Chinese commas, once each', () => {
    expect(tagsFrom('a, b，c、 d;a；')).toEqual(['a', 'b', 'c', 'd']);
    expect(tagsFrom(' , ')).toEqual([]);
  });

  it('leaves out what was left empty, so a re-save does not clear it', () => {
    expect(labelsFrom({ board: '  ', tags: '', stance: '', brand: '', note: '' })).toEqual({});
  });
});

describe('sending the save to the background', () => {
  beforeEach(() => fakeBrowser.reset());

  it('names the tab showing the page', async () => {
    const tabs = {
      query: vi.fn(async (query: { active?: boolean }) => (query.active
        ? [{ id: 99, url: 'chrome-extension://id/popup.html?tab=x' }]
        : [{ id: 3, url: 'https://x.com/home' }, { id: 7, url: 'https://weibo.com/1/AbC' }])),
    };
    expect(await tabIdFor('https://weibo.com/1/AbC', tabs)).toBe(7);
    expect(await tabIdFor('https://weibo.com/1/Gone', tabs)).toBeUndefined();
    expect(await tabIdFor('https://x.com/home', { query: async () => [{ id: 3, url: 'https://x.com/home' }] })).toBe(3);
  });

  it('sends popup:save-example with the page, tab and labels, and hands back the reply', async () => {
    expect(saveExampleMessage('https://weibo.com/1/AbC', 7, { tags: ['a'] }))
      .toEqual({ type: 'popup:save-example', pageUrl: 'https://weibo.com/1/AbC', tabId: 7, labels: { tags: ['a'] } });
    expect(saveExampleMessage('https://weibo.com/1/AbC', undefined, {})).not.toHaveProperty('tabId');

    const tab = await fakeBrowser.tabs.create({ url: 'https://weibo.com/1/AbC', active: true });
    const received: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      received.push(message);
      return Promise.resolve({ ok: true, id: 'ex:weibo:1' });
    });
    await expect(sendSaveExample('https://weibo.com/1/AbC', { board: 'Q4' })).resolves.toEqual({ ok: true, id: 'ex:weibo:1' });
    expect(received).toEqual([{ type: 'popup:save-example', pageUrl: 'https://weibo.com/1/AbC', tabId: tab.id, labels: { board: 'Q4' } }]);
  });
});

describe('readExampleCount', () => {
  let db: ReturnType<typeof openDb>;
  beforeEach(() => {
    db = openDb(`save-example-${Math.random()}`);
  });
  afterEach(() => db.delete());

  it('counts the saved examples', async () => {
    expect(await readExampleCount(db)).toBe(0);
    const example = (recordId: string) => ({ id: `ex:${recordId}`, recordId, tags: [], searchTerms: [] });
    await db.table('examples').bulkAdd([example('weibo:1'), example('weibo:2')]);
    expect(await readExampleCount(db)).toBe(2);
  });
});
