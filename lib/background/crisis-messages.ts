// Dashboard → background messages about flags: move a flag through the response flow, and test a
// webhook. Only our own pages may send them; a platform page's content script never can.
import { refreshBadge, type ActionApi } from '../crisis/badge';
import { applyFlagUpdate } from '../crisis/flag-update';
import type { RadarDb } from '../crisis/radar-db';
import type { Translate } from '../crisis/reason-text';
import { FLAG_STAGES } from '../crisis/types';
import { testMessage, webhookBody } from '../crisis/webhook-format';
import { postWebhook, type SendOptions } from '../crisis/webhook-send';
import { checkWebhookUrl } from '../crisis/webhook-url';
import type { CrisisReply, DashboardTestWebhookMessage, DashboardUpdateFlagMessage } from '../messages';
import { isOwnPageSender } from '../own-page-sender';
import type { SenderLike } from '../trusted-sender';
import { InvalidField, optional, requireKnownKeys, requireObject, requireOneOf, requireString } from '../validate-fields';
import type { WebhookFormat } from '../watch/types';

export interface CrisisMessageDeps {
  db: RadarDb;
  extensionId: string;
  extensionOrigin: string;
  fetch: typeof fetch;
  t: Translate;
  /** To refresh the badge when a flag is resolved or reopened. */
  action?: ActionApi;
  hasPermission?: SendOptions['hasPermission'];
  warn?: (text: string) => void;
  now?: () => Date;
}

const UPDATE_KEYS = new Set(['type', 'flagId', 'stage', 'owner', 'note', 'review']);
const TEST_KEYS = new Set(['type', 'webhook', 'watchName']);
const WEBHOOK_KEYS = new Set(['url', 'format']);
const WEBHOOK_FORMATS: readonly WebhookFormat[] = ['slack', 'feishu', 'dingtalk', 'wecom'];

function checkUpdate(message: Record<string, unknown>): asserts message is Record<string, unknown> & DashboardUpdateFlagMessage {
  requireKnownKeys(message, UPDATE_KEYS, '');
  requireString(message.flagId, 'flagId', 200, { nonEmpty: true });
  optional(message, 'stage', '', (value, field) => requireOneOf(value, FLAG_STAGES, field));
  optional(message, 'owner', '', (value, field) => requireString(value, field, 100));
  optional(message, 'note', '', (value, field) => requireString(value, field, 4000));
  optional(message, 'review', '', (value, field) => requireString(value, field, 8000));
  if (['stage', 'owner', 'note', 'review'].every((key) => message[key] === undefined)) {
    throw new InvalidField('message', 'changes nothing (no stage, owner, note or review)');
  }
}

function checkTest(message: Record<string, unknown>): asserts message is Record<string, unknown> & DashboardTestWebhookMessage {
  requireKnownKeys(message, TEST_KEYS, '');
  const webhook = requireObject(message.webhook, 'webhook');
  requireKnownKeys(webhook, WEBHOOK_KEYS, 'webhook');
  const url = requireString(webhook.url, 'webhook.url', 2000, { nonEmpty: true });
  const check = checkWebhookUrl(url);
  if (!check.ok) throw new InvalidField('webhook.url', check.error.replace(/^the webhook address /, ''));
  requireOneOf(webhook.format, WEBHOOK_FORMATS, 'webhook.format');
  requireString(message.watchName, 'watchName', 200);
}

async function updateFlag(message: DashboardUpdateFlagMessage, deps: CrisisMessageDeps): Promise<CrisisReply> {
  const nowIso = (deps.now?.() ?? new Date()).toISOString();
  // One transaction: a radar pass writing the same flag meanwhile neither loses nor undoes this change.
  const result = await deps.db.transaction('rw', deps.db.flags, async () => {
    const flag = await deps.db.flags.get(message.flagId);
    if (!flag) return { ok: false as const, error: `no flag ${JSON.stringify(message.flagId.slice(0, 80))}` };
    const outcome = applyFlagUpdate(flag, message, nowIso);
    if (outcome.ok && outcome.changed) await deps.db.flags.put(outcome.flag);
    return outcome;
  });
  if (!result.ok) return result;
  if (message.stage && deps.action) await refreshBadge(deps.db, deps.action).catch((error) => deps.warn?.(`Earshot: badge not updated: ${String(error)}`));
  return { ok: true, id: message.flagId };
}

async function testWebhook(message: DashboardTestWebhookMessage, deps: CrisisMessageDeps): Promise<CrisisReply> {
  const body = webhookBody(message.webhook.format, testMessage(message.watchName, deps.t));
  // The user is waiting on the button: one attempt, and the reason if it fails.
  const outcome = await postWebhook(message.webhook, body, { fetch: deps.fetch, attempts: 1, hasPermission: deps.hasPermission });
  return outcome.ok ? { ok: true, status: outcome.status } : { ok: false, error: outcome.error ?? 'the webhook did not accept the message' };
}

function refuse(deps: CrisisMessageDeps, error: string): CrisisReply {
  deps.warn?.(`Earshot background refused a message: ${error}`);
  return { ok: false, error };
}

/** Undefined when the message is not about flags or webhooks (another handler's). */
export function handleCrisisMessage(message: unknown, sender: SenderLike | undefined, deps: CrisisMessageDeps): Promise<CrisisReply> | undefined {
  const type = (message as { type?: unknown } | null)?.type;
  if (type !== 'dashboard:update-flag' && type !== 'dashboard:test-webhook') return undefined;
  return (async () => {
    if (!isOwnPageSender(sender, deps.extensionId, deps.extensionOrigin)) {
      return refuse(deps, `${type} is accepted from our own pages only`);
    }
    const fields = message as Record<string, unknown>;
    try {
      if (type === 'dashboard:update-flag') checkUpdate(fields);
      else checkTest(fields);
    } catch (error) {
      if (error instanceof InvalidField) return refuse(deps, `${type}: ${error.message}`);
      throw error;
    }
    try {
      return type === 'dashboard:update-flag'
        ? await updateFlag(fields as unknown as DashboardUpdateFlagMessage, deps)
        : await testWebhook(fields as unknown as DashboardTestWebhookMessage, deps);
    } catch (error) {
      return refuse(deps, `${type} failed: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
    }
  })();
}
