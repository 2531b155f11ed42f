import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openDb, type EarshotDb } from '../../lib/db';
import { libraryActionsFor, readBundleFile } from './library-actions';

let db: EarshotDb;
beforeEach(() => {
  fakeBrowser.reset();
  db = openDb(`library-actions-${Math.random()}`);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

const answer = (reply: unknown) => vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(reply as never);

describe('libraryActionsFor', () => {
  it('sends bulk edits and deletes as messages; a board of null takes examples off it', async () => {
    const send = answer({ ok: true, count: 2 });
    const actions = libraryActionsFor(db);
    await actions.update(['ex:a', 'ex:b'], { addTags: ['q4'] });
    await actions.update(['ex:a'], { board: null });
    await actions.remove(['ex:b']);
    expect(send.mock.calls.map(([message]) => message)).toEqual([
      { type: 'dashboard:update-examples', ids: ['ex:a', 'ex:b'], addTags: ['q4'] },
      { type: 'dashboard:update-examples', ids: ['ex:a'], set: { board: null } },
      { type: 'dashboard:delete-examples', ids: ['ex:b'] },
    ]);
  });
  it("rejects with the background's reason", async () => {
    answer({ ok: false, error: 'no such example' });
    await expect(libraryActionsFor(db).remove(['ex:x'])).rejects.toThrow('no such example');
  });
  it('imports a bundle file through the background and says clearly when the file is not JSON', async () => {
    const send = answer({ ok: true, count: 3 });
    const actions = libraryActionsFor(db);
    await expect(actions.importFile(new File(['{"format":"earshot-swipe-file"}'], 'b.json'))).resolves.toBe(3);
    expect(send).toHaveBeenCalledWith({ type: 'dashboard:import-examples', bundle: { format: 'earshot-swipe-file' } });
    await expect(readBundleFile(new File(['PK\u0003\u0004'], 'photos.zip'))).rejects.toThrow('photos.zip is not a swipe-file bundle: it is not JSON.');
    expect(send).toHaveBeenCalledTimes(1);
  });
  it('keeps the hover opt-in in storage.local, cleaned on the way in', async () => {
    const actions = libraryActionsFor(db);
    expect(await actions.readHoverPlatforms()).toEqual([]);
    await actions.setHoverPlatforms(['weibo', 'x']);
    expect(await fakeBrowser.storage.local.get('swipe.hoverPlatforms')).toEqual({ 'swipe.hoverPlatforms': ['weibo', 'x'] });
    await fakeBrowser.storage.local.set({ 'swipe.hoverPlatforms': ['x', 'nope'] });
    expect(await actions.readHoverPlatforms()).toEqual(['x']);
  });
});
