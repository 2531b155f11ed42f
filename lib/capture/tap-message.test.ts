import { describe, expect, it } from 'vitest';
import { readTapMessage } from './tap-message';

const response = { channel: 'earshot:tap', kind: 'response', url: 'https://weibo.com/ajax/feed/hot', status: 200, body: '{}' };

describe('readTapMessage', () => {
  it('accepts well-formed responses, over-the-cap notices and navigations', () => {
    expect(readTapMessage(response)).toEqual(response);
    const tooLarge = { ...response, body: undefined, tooLarge: true };
    expect(readTapMessage(tooLarge)).toEqual({ channel: 'earshot:tap', kind: 'response', url: response.url, status: 200, tooLarge: true });
    expect(readTapMessage({ channel: 'earshot:tap', kind: 'navigate', url: 'https://x.com/home' }))
      .toEqual({ channel: 'earshot:tap', kind: 'navigate', url: 'https://x.com/home' });
  });

  it('copies only the known fields', () => {
    expect(readTapMessage({ ...response, extra: '<img onerror>' })).not.toHaveProperty('extra');
  });

  it.each([
    ['not an object', 'earshot:tap'],
    ['null', null],
    ['another channel', { ...response, channel: 'other' }],
    ['unknown kind', { ...response, kind: 'request' }],
    ['url not a string', { ...response, url: 42 }],
    ['empty url', { ...response, url: '' }],
    ['status not a number', { ...response, status: '200' }],
    ['fractional status', { ...response, status: 200.5 }],
    ['body not a string', { ...response, body: { a: 1 } }],
    ['neither body nor tooLarge', { ...response, body: undefined }],
    ['both body and tooLarge', { ...response, tooLarge: true }],
    ['tooLarge not a boolean', { ...response, body: undefined, tooLarge: 'yes' }],
  ])('refuses %s', (_label, data) => {
    expect(readTapMessage(data)).toBeUndefined();
  });
});
