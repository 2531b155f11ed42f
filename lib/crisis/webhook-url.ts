// Which webhook URLs we post to, and the host permission each needs.
//
// Why a permission: the service worker's fetch is a cross-origin request, and a JSON POST triggers a
// CORS preflight that Slack, Feishu, DingTalk and WeCom do not answer. An extension is exempt from
// CORS only for origins in its host permissions, so wxt.config.ts declares `https://*/*` (and the two
// local relay origins) as OPTIONAL host permissions, and the dashboard asks for exactly the webhook's
// origin — browser.permissions.request({ origins: [webhookOriginPattern(url)] }) — when the user saves
// or tests the webhook (the request needs that click). Nothing is granted up front.

export type WebhookUrlCheck = { ok: true; url: URL } | { ok: false; error: string };

/** http is allowed only for a relay on this machine; anything that leaves it must be https. */
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1']);

export function checkWebhookUrl(text: string): WebhookUrlCheck {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return { ok: false, error: 'the webhook address is not a URL' };
  }
  if (url.username || url.password) return { ok: false, error: 'the webhook address must not contain a user name or password' };
  if (url.protocol === 'https:') return { ok: true, url };
  if (url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname)) return { ok: true, url };
  return { ok: false, error: 'the webhook address must start with https:// (http:// only for localhost or 127.0.0.1)' };
}

/**
 * The match pattern to request for a webhook, e.g. `https://hooks.slack.com/*`. Match patterns carry
 * no port: `http://localhost/*` covers a relay on any port.
 */
export function webhookOriginPattern(text: string): string | undefined {
  const check = checkWebhookUrl(text);
  return check.ok ? `${check.url.protocol}//${check.url.hostname}/*` : undefined;
}

/** The host a message goes to, for messages to the user (never the full URL: it holds the secret token). */
export function webhookHost(text: string): string {
  try {
    return new URL(text).host;
  } catch {
    return '(invalid address)';
  }
}
