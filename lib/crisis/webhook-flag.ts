// Sends a flag to its watch's webhook and keeps the outcome on the flag (status, attempts, last error,
// and a history entry), so a failure shows in the dashboard instead of vanishing.
import type { Watch } from '../watch/types';
import type { RadarDb } from './radar-db';
import type { Translate } from './reason-text';
import type { CrisisFlag, FlagHistoryEntry } from './types';
import { flagMessage, webhookBody } from './webhook-format';
import { postWebhook, type SendOptions, type WebhookOutcome } from './webhook-send';

async function recordOnFlag(db: RadarDb, flagId: string, change: (flag: CrisisFlag) => void): Promise<void> {
  await db.flags.where(':id').equals(flagId).modify(change);
}

export async function sendFlagWebhook(db: RadarDb, flag: CrisisFlag, watch: Watch, deps: SendOptions & { t: Translate; now?: () => Date }): Promise<WebhookOutcome | undefined> {
  const webhook = watch.webhook;
  if (!webhook) return undefined;
  const now = () => (deps.now?.() ?? new Date()).toISOString();
  // Marked before sending: a worker stopped mid-send leaves "pending", not a silent nothing.
  await recordOnFlag(db, flag.id, (row) => {
    row.webhook = { status: 'pending', attempts: 0, lastAt: now() };
  });
  const outcome = await postWebhook(webhook, webhookBody(webhook.format, flagMessage(flag, watch, deps.t)), deps);
  const at = now();
  const entry: FlagHistoryEntry = {
    at, event: 'webhook', to: outcome.ok ? 'sent' : 'failed',
    note: outcome.ok ? `${webhook.format}: HTTP ${outcome.status} after ${outcome.attempts} attempt(s)` : `${webhook.format}: ${outcome.error} (${outcome.attempts} attempt(s))`,
  };
  await recordOnFlag(db, flag.id, (row) => {
    row.webhook = { status: outcome.ok ? 'sent' : 'failed', attempts: outcome.attempts, lastAt: at, ...(outcome.ok ? {} : { lastError: outcome.error }) };
    row.history = [...row.history, entry];
  });
  return outcome;
}
