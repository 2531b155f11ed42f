// Posts one webhook message: 10 s timeout, up to 3 attempts with backoff for what may pass (network
// errors, timeouts, 429/5xx, the services' own rate-limit codes). The services answer most errors
// with HTTP 200 and an error code in the body, so the body is read: a refusal is never taken as sent.
import type { WatchWebhook } from '../watch/types';
import { checkWebhookUrl, webhookHost, webhookOriginPattern } from './webhook-url';

export interface WebhookOutcome {
  ok: boolean;
  attempts: number;
  status?: number;
  error?: string;
}

export interface SendOptions {
  fetch: typeof fetch;
  attempts?: number;
  timeoutMs?: number;
  /** Delay before retry n (1-based). */
  backoffMs?: (retry: number) => number;
  sleep?: (ms: number) => Promise<void>;
  /** Whether the optional host permission for this pattern was granted (browser.permissions.contains). */
  hasPermission?: (originPattern: string) => Promise<boolean>;
}

export const WEBHOOK_ATTEMPTS = 3;
export const WEBHOOK_TIMEOUT_MS = 10_000;
const defaultBackoff = (retry: number) => 1000 * 4 ** (retry - 1);

/** Body codes that mean "too many messages, try later": DingTalk 130101, WeCom 45009, Feishu 11232. */
const RATE_LIMIT_CODES = new Set([130101, 45009, 11232]);

interface Verdict { ok: boolean; retry: boolean; error?: string }

function verdictOf(status: number, body: string): Verdict {
  if (status === 429 || status >= 500) return { ok: false, retry: true, error: `HTTP ${status} ${body.slice(0, 200)}`.trim() };
  if (status < 200 || status >= 300) return { ok: false, retry: false, error: `HTTP ${status} ${body.slice(0, 200)}`.trim() };
  let parsed: Record<string, unknown> | undefined;
  try {
    const value: unknown = JSON.parse(body);
    if (value && typeof value === 'object') parsed = value as Record<string, unknown>;
  } catch {
    // Slack answers "ok"; a local relay may answer anything. A 2xx without an error code is accepted.
  }
  const code = parsed?.['errcode'] ?? parsed?.['code'] ?? parsed?.['StatusCode'];
  if (typeof code === 'number' && code !== 0) {
    const text = parsed?.['errmsg'] ?? parsed?.['msg'] ?? parsed?.['StatusMessage'] ?? '';
    return { ok: false, retry: RATE_LIMIT_CODES.has(code), error: `refused with code ${code}${text ? `: ${String(text)}` : ''}` };
  }
  return { ok: true, retry: false };
}

async function attempt(url: string, body: string, options: SendOptions): Promise<Verdict & { status?: number }> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? WEBHOOK_TIMEOUT_MS);
  try {
    const response = await options.fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body,
      // No cookies of a site the user is logged in to, and no redirect to somewhere else (or to http).
      credentials: 'omit',
      redirect: 'error',
      signal: controller.signal,
    });
    const text = await response.text().catch(() => '');
    return { ...verdictOf(response.status, text), status: response.status };
  } catch (error) {
    const timedOut = controller.signal.aborted;
    return { ok: false, retry: true, error: timedOut ? `no answer within ${(options.timeoutMs ?? WEBHOOK_TIMEOUT_MS) / 1000} s` : `network error (${error instanceof Error ? error.message : String(error)})` };
  } finally {
    clearTimeout(timer);
  }
}

export async function postWebhook(webhook: WatchWebhook, payload: object, options: SendOptions): Promise<WebhookOutcome> {
  const check = checkWebhookUrl(webhook.url);
  if (!check.ok) return { ok: false, attempts: 0, error: check.error };
  const body = JSON.stringify(payload);
  const attempts = Math.max(1, options.attempts ?? WEBHOOK_ATTEMPTS);
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  let last: Verdict & { status?: number } = { ok: false, retry: false };
  for (let tried = 1; tried <= attempts; tried++) {
    last = await attempt(check.url.href, body, options);
    if (last.ok) return { ok: true, attempts: tried, status: last.status };
    if (!last.retry || tried === attempts) {
      return { ok: false, attempts: tried, status: last.status, error: await explain(last.error ?? 'failed', webhook.url, last.status, options) };
    }
    await sleep((options.backoffMs ?? defaultBackoff)(tried));
  }
  return { ok: false, attempts, error: last.error };
}

/** A network error without the host permission is almost always the missing permission (CORS): say so. */
async function explain(error: string, url: string, status: number | undefined, options: SendOptions): Promise<string> {
  const pattern = webhookOriginPattern(url);
  if (status !== undefined || !pattern || !options.hasPermission) return error;
  const granted = await options.hasPermission(pattern).catch(() => true);
  return granted ? error : `${error}; Earshot has no permission to reach ${webhookHost(url)}: press Test next to the webhook in the watch settings to grant it`;
}
