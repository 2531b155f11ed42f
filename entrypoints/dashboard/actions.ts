// Every change the dashboard makes is a message to the background, the only writer of the database.
// Webhook host access is asked for first, while the click's user gesture is still valid.
import { browser } from 'wxt/browser';
import type { CrisisReply, CrisisRuntimeMessage } from '../../lib/messages';
import { webhookOriginPattern } from '../../lib/crisis/webhook-url';
import { t } from '../../lib/i18n';
import type { FlagUpdate } from '../../components/crisis/FlagFlow';
import type { Watch, WatchWebhook } from '../../lib/watch/types';

export interface DashboardActions {
  saveWatch(watch: Watch): Promise<void>;
  deleteWatch(watchId: string): Promise<void>;
  testWebhook(webhook: WatchWebhook, watchName: string): Promise<CrisisReply>;
  updateFlag(flagId: string, update: FlagUpdate): Promise<void>;
}

async function send(message: CrisisRuntimeMessage): Promise<CrisisReply> {
  const reply = (await browser.runtime.sendMessage(message)) as CrisisReply | undefined;
  return reply ?? { ok: false, error: 'the background did not answer' };
}

async function sendOrThrow(message: CrisisRuntimeMessage): Promise<void> {
  const reply = await send(message);
  if (!reply.ok) throw new Error(reply.error);
}

/** Must be the first thing a click handler calls: permissions.request needs the user gesture. */
async function allowWebhook(url: string): Promise<void> {
  const origin = webhookOriginPattern(url);
  if (!origin) throw new Error(t('watch_errWebhookHttps'));
  const granted = await browser.permissions.request({ origins: [origin] });
  if (!granted) throw new Error(t('watch_errPermission'));
}

export const browserActions: DashboardActions = {
  async saveWatch(watch) {
    if (watch.webhook) await allowWebhook(watch.webhook.url);
    await sendOrThrow({ type: 'dashboard:save-watch', watch });
  },
  deleteWatch: (watchId) => sendOrThrow({ type: 'dashboard:delete-watch', watchId }),
  async testWebhook(webhook, watchName) {
    await allowWebhook(webhook.url);
    return send({ type: 'dashboard:test-webhook', webhook, watchName });
  },
  updateFlag: (flagId, update) => sendOrThrow({ type: 'dashboard:update-flag', flagId, ...update }),
};
