import { describe, expect, it } from 'vitest';
import { isTrustedSender } from './trusted-sender';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const weiboTab = { id: 7, url: 'https://weibo.com/1749127163/OdlPqk7Ek' };

describe('isTrustedSender', () => {
  it('accepts our content script on a platform page', () => {
    expect(isTrustedSender({ id: ID, url: weiboTab.url, tab: weiboTab }, ID, ORIGIN)).toBe(true);
    expect(isTrustedSender({ id: ID, url: 'https://x.com/home', tab: { url: 'https://x.com/home' } }, ID, ORIGIN)).toBe(true);
  });

  it('falls back to the tab URL when the frame URL is missing', () => {
    expect(isTrustedSender({ id: ID, tab: weiboTab }, ID, ORIGIN)).toBe(true);
  });

  it('accepts our own pages, in a popup or in a tab', () => {
    expect(isTrustedSender({ id: ID, url: `${ORIGIN}popup.html` }, ID, ORIGIN)).toBe(true);
    expect(isTrustedSender({ id: ID, url: `${ORIGIN}dashboard.html`, tab: { url: `${ORIGIN}dashboard.html` } }, ID, ORIGIN.slice(0, -1))).toBe(true);
    expect(isTrustedSender({ id: ID, url: `moz-extension://uuid-1/popup.html` }, ID, 'moz-extension://uuid-1/')).toBe(true);
  });

  it('rejects another extension, even on a platform page', () => {
    expect(isTrustedSender({ id: 'someotherextensionidxxxxxxxxxxxx', url: weiboTab.url, tab: weiboTab }, ID, ORIGIN)).toBe(false);
  });

  it('rejects our content script on a page that is not a platform page', () => {
    expect(isTrustedSender({ id: ID, url: 'https://evil.example/weibo.com', tab: { url: 'https://evil.example/' } }, ID, ORIGIN)).toBe(false);
  });

  it('rejects a platform-looking frame URL without a tab (not a content script) and not our origin', () => {
    expect(isTrustedSender({ id: ID, url: weiboTab.url }, ID, ORIGIN)).toBe(false);
  });

  it('rejects a sender with no id, no url, or an empty runtime id', () => {
    expect(isTrustedSender({ url: weiboTab.url, tab: weiboTab }, ID, ORIGIN)).toBe(false);
    expect(isTrustedSender({ id: ID, tab: {} }, ID, ORIGIN)).toBe(false);
    expect(isTrustedSender({ url: `${ORIGIN}popup.html` }, '', ORIGIN)).toBe(false);
    expect(isTrustedSender(undefined, ID, ORIGIN)).toBe(false);
  });

  it('does not let another extension origin pass as a prefix of ours', () => {
    expect(isTrustedSender({ id: ID, url: `chrome-extension://${ID}x/popup.html` }, ID, ORIGIN.slice(0, -1))).toBe(false);
  });
});
