import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ENGLISH_CARD_STRINGS } from '../card/card-strings';
import { CARD_HOST_ATTRIBUTE } from '../card/show-card';
import { CHECK_SENTIMENT_MENU_ID, onCheckSentimentClicked, registerCheckSentimentMenu, type CheckDeps, type ScriptingApi } from './check-sentiment-menu';

type Injection = Parameters<ScriptingApi['executeScript']>[0];
let injections: Injection[];
let deps: CheckDeps;

/** Runs the injected function in this (happy-dom) document, as the browser runs it in the tab. */
const scriptingThatRuns: ScriptingApi = {
  async executeScript(injection) {
    injections.push(injection);
    injection.func(...injection.args);
    return [{ frameId: 0, result: null }];
  },
};

beforeEach(() => {
  injections = [];
  document.body.innerHTML = '';
  deps = { scripting: scriptingThatRuns, strings: () => ENGLISH_CARD_STRINGS, warn: vi.fn() };
});
afterEach(() => document.querySelectorAll(`[${CARD_HOST_ATTRIBUTE}]`).forEach((node) => node.remove()));

describe('registerCheckSentimentMenu', () => {
  it('creates the selection item, replacing one left from an earlier start', async () => {
    const items = new Map<string, unknown>([[CHECK_SENTIMENT_MENU_ID, 'old']]);
    const menus = {
      create: vi.fn((item: { id: string }) => {
        if (items.has(item.id)) throw new Error('duplicate id');
        items.set(item.id, item);
      }),
      remove: vi.fn(async (id: string) => {
        if (!items.delete(id)) throw new Error('Cannot find menu item');
      }),
    };
    await registerCheckSentimentMenu(menus, 'Check sentiment');
    await registerCheckSentimentMenu(menus, 'Check sentiment');
    expect(items.get(CHECK_SENTIMENT_MENU_ID)).toEqual({ id: 'check-sentiment', title: 'Check sentiment', contexts: ['selection'] });
    expect(menus.create).toHaveBeenCalledTimes(2);
  });
});

describe('onCheckSentimentClicked', () => {
  it('analyzes the selection and shows the card in that tab\'s top frame', async () => {
    const shown = await onCheckSentimentClicked({ menuItemId: CHECK_SENTIMENT_MENU_ID, selectionText: '  物流太慢了，\n客服也不理人  ' }, { id: 42 }, deps);
    expect(shown).toBe(true);
    expect(injections).toHaveLength(1);
    expect(injections[0].target).toEqual({ tabId: 42 });
    expect(injections[0].args[0]).toMatchObject({ label: 'negative', labelText: 'Negative', excerpt: '物流太慢了， 客服也不理人' });
    expect(document.querySelector(`[${CARD_HOST_ATTRIBUTE}]`)!.getAttribute(CARD_HOST_ATTRIBUTE)).toBe('negative');
  });

  it('ignores other menu items and an empty selection', async () => {
    expect(await onCheckSentimentClicked({ menuItemId: 'save-example', selectionText: 'good' }, { id: 1 }, deps)).toBe(false);
    expect(await onCheckSentimentClicked({ menuItemId: CHECK_SENTIMENT_MENU_ID, selectionText: ' \n ' }, { id: 1 }, deps)).toBe(false);
    expect(injections).toHaveLength(0);
  });

  it('warns instead of throwing when there is no tab or the page cannot be scripted', async () => {
    expect(await onCheckSentimentClicked({ menuItemId: CHECK_SENTIMENT_MENU_ID, selectionText: 'good' }, undefined, deps)).toBe(false);
    const refused: ScriptingApi = { executeScript: async () => { throw new Error('Cannot access a chrome:// URL'); } };
    expect(await onCheckSentimentClicked({ menuItemId: CHECK_SENTIMENT_MENU_ID, selectionText: 'good' }, { id: 3 }, { ...deps, scripting: refused })).toBe(false);
    expect(deps.warn).toHaveBeenLastCalledWith('Earshot: cannot show the sentiment card on this page (Cannot access a chrome:// URL)');
  });
});
