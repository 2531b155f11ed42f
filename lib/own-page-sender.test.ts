import { describe, expect, it } from 'vitest';
import { isOwnPageSender } from './own-page-sender';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;

describe('isOwnPageSender', () => {
  it('accepts our popup, and our dashboard open in a tab', () => {
    expect(isOwnPageSender({ id: ID, url: `${ORIGIN}popup.html` }, ID, ORIGIN)).toBe(true);
    expect(isOwnPageSender({ id: ID, url: `${ORIGIN}dashboard.html`, tab: { url: `${ORIGIN}dashboard.html` } }, ID, ORIGIN.slice(0, -1))).toBe(true);
  });

  it('rejects our own content script on a platform page', () => {
    const url = 'https://weibo.com/1669879400/HyTZc60ew';
    expect(isOwnPageSender({ id: ID, url, tab: { url } }, ID, ORIGIN)).toBe(false);
  });

  it('does not take the tab URL as a stand-in for a missing frame URL', () => {
    expect(isOwnPageSender({ id: ID, tab: { url: `${ORIGIN}popup.html` } }, ID, ORIGIN)).toBe(false);
  });

  it('rejects another extension\'s page, a look-alike origin, and an empty runtime id', () => {
    expect(isOwnPageSender({ id: 'someotherextensionidxxxxxxxxxxxx', url: 'chrome-extension://someotherextensionidxxxxxxxxxxxx/popup.html' }, ID, ORIGIN)).toBe(false);
    expect(isOwnPageSender({ id: ID, url: `chrome-extension://${ID}x/popup.html` }, ID, ORIGIN.slice(0, -1))).toBe(false);
    expect(isOwnPageSender({ url: `${ORIGIN}popup.html` }, '', ORIGIN)).toBe(false);
    expect(isOwnPageSender(undefined, ID, ORIGIN)).toBe(false);
  });
});
