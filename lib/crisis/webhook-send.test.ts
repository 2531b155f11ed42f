import { describe, expect, it, vi } from 'vitest';
import { postWebhook, type SendOptions } from './webhook-send';

const SLACK = { url: 'https://hooks.slack.com/services/T0/B0/xyz', format: 'slack' as const };
const DING = { url: 'https://oapi.dingtalk.com/robot/send?access_token=abc', format: 'dingtalk' as const };

function fakeFetch(...answers: (Response | Error)[]) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetch = vi.fn(async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(url), init: init! });
    const answer = answers[Math.min(calls.length - 1, answers.length - 1)];
    if (answer instanceof Error) throw answer;
    return answer.clone();
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, calls };
}

const options = (fetch: typeof globalThis.fetch, more: Partial<SendOptions> = {}): SendOptions => ({ fetch, sleep: async () => {}, ...more });

describe('postWebhook', () => {
  it('POSTs the JSON body once, without cookies or redirects, and reports the status', async () => {
    const { fetch, calls } = fakeFetch(new Response('ok', { status: 200 }));
    expect(await postWebhook(SLACK, { text: 'hi' }, options(fetch))).toEqual({ ok: true, attempts: 1, status: 200 });
    expect(calls).toHaveLength(1);
    expect(calls[0].url).toBe(SLACK.url);
    expect(calls[0].init).toMatchObject({ method: 'POST', body: '{"text":"hi"}', credentials: 'omit', redirect: 'error' });
    expect((calls[0].init.headers as Record<string, string>)['content-type']).toContain('application/json');
  });

  it('retries network errors and 5xx with growing delays, up to 3 attempts', async () => {
    const sleep = vi.fn(async () => {});
    const { fetch, calls } = fakeFetch(new TypeError('Failed to fetch'), new Response('busy', { status: 503 }), new Response('ok'));
    expect(await postWebhook(SLACK, {}, options(fetch, { sleep }))).toEqual({ ok: true, attempts: 3, status: 200 });
    expect(calls).toHaveLength(3);
    expect(sleep.mock.calls).toEqual([[1000], [4000]]);
  });

  it('gives up after 3 attempts and says why', async () => {
    const { fetch } = fakeFetch(new Response('rate limited', { status: 429 }));
    expect(await postWebhook(SLACK, {}, options(fetch))).toEqual({ ok: false, attempts: 3, status: 429, error: 'HTTP 429 rate limited' });
  });

  it('does not retry a refusal, and reads refusals sent with HTTP 200 (DingTalk, WeCom, Feishu)', async () => {
    const bad = fakeFetch(new Response('invalid_token', { status: 403 }));
    expect(await postWebhook(SLACK, {}, options(bad.fetch))).toEqual({ ok: false, attempts: 1, status: 403, error: 'HTTP 403 invalid_token' });
    const keyword = fakeFetch(new Response('{"errcode":310000,"errmsg":"keywords not in content"}'));
    expect(await postWebhook(DING, {}, options(keyword.fetch))).toEqual({ ok: false, attempts: 1, status: 200, error: 'refused with code 310000: keywords not in content' });
    const feishu = fakeFetch(new Response('{"code":19021,"msg":"sign match fail"}'));
    expect((await postWebhook({ url: 'https://open.feishu.cn/open-apis/bot/v2/hook/x', format: 'feishu' }, {}, options(feishu.fetch))).error).toBe('refused with code 19021: sign match fail');
    const fine = fakeFetch(new Response('{"errcode":0,"errmsg":"ok"}'));
    expect((await postWebhook(DING, {}, options(fine.fetch))).ok).toBe(true);
  });

  it('retries the services’ own rate-limit codes', async () => {
    const { fetch, calls } = fakeFetch(new Response('{"errcode":130101,"errmsg":"send too fast"}'), new Response('{"errcode":0}'));
    expect(await postWebhook(DING, {}, options(fetch))).toMatchObject({ ok: true, attempts: 2 });
    expect(calls).toHaveLength(2);
  });

  it('aborts an attempt after the timeout', async () => {
    const fetch = vi.fn((_url: unknown, init?: RequestInit) => new Promise<Response>((_, reject) => {
      init!.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
    })) as unknown as typeof globalThis.fetch;
    expect(await postWebhook(SLACK, {}, options(fetch, { timeoutMs: 20, attempts: 2 }))).toEqual({ ok: false, attempts: 2, error: 'no answer within 0.02 s' });
  });

  it('never sends to a non-https address, and names a missing host permission', async () => {
    const { fetch, calls } = fakeFetch(new Response('ok'));
    expect(await postWebhook({ url: 'http://example.com/hook', format: 'slack' }, {}, options(fetch))).toMatchObject({ ok: false, attempts: 0 });
    expect(calls).toHaveLength(0);
    const blocked = fakeFetch(new TypeError('Failed to fetch'));
    const hasPermission = vi.fn(async () => false);
    const outcome = await postWebhook(SLACK, {}, options(blocked.fetch, { hasPermission }));
    expect(hasPermission).toHaveBeenCalledWith('https://hooks.slack.com/*');
    expect(outcome.error).toBe('network error (Failed to fetch); Earshot has no permission to reach hooks.slack.com: press Test next to the webhook in the watch settings to grant it');
  });
});
