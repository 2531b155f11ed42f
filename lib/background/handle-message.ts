// The background's one door: check who is talking, check what they sent, then route it.
// A plain function so tests call it directly; entrypoints/background.ts only wires it to the listener.
import { setCorrection } from '../corrections';
import type { EarshotDb } from '../db';
import { ingestBatch } from '../ingest';
import type { BackgroundReply, CollectorCaptureMessage, CorrectionReply, PopupCorrectSentimentMessage, RuntimeReply } from '../messages';
import { isOwnPageSender } from '../own-page-sender';
import { isQuotaError, isTransientDbError } from '../retry';
import { isTrustedSender, type SenderLike } from '../trusted-sender';
import { validateRuntimeMessage } from '../validate-message';

export interface BackgroundDeps {
  db: EarshotDb;
  extensionId: string;
  /** e.g. `chrome-extension://<id>/`, from runtime.getURL('/'). */
  extensionOrigin: string;
  /** Reports a refusal; called once per distinct error so a retrying sender cannot flood the console. */
  warn: (text: string) => void;
  now?: () => Date;
  /** Told after a batch stored something new or changed (the crisis radar re-evaluates the watches). */
  onStored?: () => void;
}

/** A `warn` that says each distinct thing once (bounded memory). */
export function warnOnce(write: (text: string) => void, remember = 100): (text: string) => void {
  const said = new Set<string>();
  return (text) => {
    if (said.has(text)) return;
    if (said.size >= remember) said.clear();
    said.add(text);
    write(text);
  };
}

function refuse(deps: BackgroundDeps, error: string): { ok: false; error: string } {
  deps.warn(`Earshot background refused a message: ${error}`);
  return { ok: false, error };
}

function describeSender(sender: SenderLike | undefined): string {
  const url = sender?.url ?? sender?.tab?.url ?? 'no url';
  return `id ${JSON.stringify(sender?.id ?? null)}, ${url.slice(0, 120)}`;
}

/** Words the collector understands: `transient:` means "send the same batch again later". */
function describeStoreFailure(error: unknown): string {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  if (isQuotaError(error)) return `storage is full (QuotaExceededError): the batch was not stored; free disk space or delete old captures`;
  if (isTransientDbError(error)) return `transient: could not store the batch (${detail})`;
  return `could not store the batch (${detail})`;
}

async function storeCapture(message: CollectorCaptureMessage, deps: BackgroundDeps): Promise<BackgroundReply> {
  try {
    const { stored, duplicate } = await ingestBatch(deps.db, message, deps.now?.() ?? new Date());
    if (!duplicate && stored > 0) deps.onStored?.();
    return { ok: true, stored, duplicate };
  } catch (error) {
    return refuse(deps, describeStoreFailure(error));
  }
}

async function storeCorrection(message: PopupCorrectSentimentMessage, sender: SenderLike | undefined, deps: BackgroundDeps): Promise<CorrectionReply> {
  if (!isOwnPageSender(sender, deps.extensionId, deps.extensionOrigin)) {
    return refuse(deps, `popup:correct-sentiment is accepted from our own pages only (${describeSender(sender)})`);
  }
  try {
    const outcome = await setCorrection(deps.db, message.recordId, message.label, deps.now?.() ?? new Date());
    return outcome.ok ? outcome : refuse(deps, outcome.error);
  } catch (error) {
    return refuse(deps, `could not store the correction (${error instanceof Error ? `${error.name}: ${error.message}` : String(error)})`);
  }
}

export async function handleRuntimeMessage(message: unknown, sender: SenderLike | undefined, deps: BackgroundDeps): Promise<RuntimeReply> {
  if (!isTrustedSender(sender, deps.extensionId, deps.extensionOrigin)) {
    return refuse(deps, `untrusted sender (${describeSender(sender)})`);
  }
  const validation = validateRuntimeMessage(message);
  if (!validation.ok) return refuse(deps, validation.error);
  switch (validation.message.type) {
    case 'collector:capture':
      return storeCapture(validation.message, deps);
    case 'popup:correct-sentiment':
      return storeCorrection(validation.message, sender, deps);
  }
}
