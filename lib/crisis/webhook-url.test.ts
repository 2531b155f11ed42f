import { describe, expect, it } from 'vitest';
import { checkWebhookUrl, webhookOriginPattern } from './webhook-url';

describe('checkWebhookUrl', () => {
  it('accepts https anywhere and http only on this machine (local relays)', () => {
    expect(checkWebhookUrl('https://hooks.slack.com/services/T0/B0/xyz').ok).toBe(true);
    expect(checkWebhookUrl(' https://oapi.dingtalk.com/robot/send?access_token=abc ').ok).toBe(true);
    expect(checkWebhookUrl('http://127.0.0.1:8787/hook').ok).toBe(true);
    expect(checkWebhookUrl('http://localhost:3000/hook').ok).toBe(true);
    expect(checkWebhookUrl('http://example.com/hook')).toEqual({ ok: false, error: expect.stringContaining('https://') });
    expect(checkWebhookUrl('http://127.0.0.2/hook').ok).toBe(false);
    expect(checkWebhookUrl('http://localhost.evil.com/hook').ok).toBe(false);
    expect(checkWebhookUrl('ftp://example.com').ok).toBe(false);
    expect(checkWebhookUrl('javascript:alert(1)').ok).toBe(false);
    expect(checkWebhookUrl('not a url')).toEqual({ ok: false, error: 'the webhook address is not a URL' });
    expect(checkWebhookUrl('https://user:pw@example.com/').ok).toBe(false);
  });
});

describe('webhookOriginPattern', () => {
  it('is the host permission pattern to request, without the port', () => {
    expect(webhookOriginPattern('https://open.feishu.cn/open-apis/bot/v2/hook/abc')).toBe('https://open.feishu.cn/*');
    expect(webhookOriginPattern('https://qyapi.weixin.qq.com:443/cgi-bin/webhook/send?key=k')).toBe('https://qyapi.weixin.qq.com/*');
    expect(webhookOriginPattern('http://127.0.0.1:8787/hook')).toBe('http://127.0.0.1/*');
    expect(webhookOriginPattern('http://example.com/')).toBeUndefined();
  });
});
