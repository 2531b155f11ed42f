import { describe, expect, it } from 'vitest';
import { looksLikeHar, readHar } from './har';

const entry = (url: string, content: Record<string, unknown>, status = 200) => ({
  request: { method: 'GET', url },
  response: { status, content },
});

describe('readHar', () => {
  it('reads plain and base64 bodies, keeping url, status and mime type', () => {
    const base64 = Buffer.from('{"ok":1,"text":"中文"}', 'utf8').toString('base64');
    const { responses, withoutBody } = readHar({
      log: {
        entries: [
          entry('https://weibo.com/ajax/statuses/show?id=1', { mimeType: 'application/json', text: '{"ok":1}' }),
          entry('https://m.weibo.cn/comments/hotflow?id=2', { mimeType: 'application/json', text: base64, encoding: 'base64' }, 201),
        ],
      },
    });
    expect(withoutBody).toBe(0);
    expect(responses).toEqual([
      { url: 'https://weibo.com/ajax/statuses/show?id=1', status: 200, mimeType: 'application/json', text: '{"ok":1}' },
      { url: 'https://m.weibo.cn/comments/hotflow?id=2', status: 201, mimeType: 'application/json', text: '{"ok":1,"text":"中文"}' },
    ]);
  });

  it('counts entries without a body instead of failing', () => {
    const { responses, withoutBody } = readHar({
      log: { entries: [entry('https://x.com/a', { mimeType: 'image/png', size: 10 }), { nonsense: true }, null] },
    });
    expect(responses).toHaveLength(0);
    expect(withoutBody).toBe(3);
  });

  it('rejects what is not a HAR with a clear message', () => {
    expect(looksLikeHar({ ok: 1 })).toBe(false);
    expect(() => readHar({ ok: 1 })).toThrow(/not a HAR file/);
  });
});
