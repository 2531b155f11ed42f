// Every inbound runtime message is checked here before the background acts on it.
import type { AdapterHealthDelta, CollectorCaptureMessage, PopupCorrectSentimentMessage, RuntimeMessage } from './messages';
import { PLATFORMS } from './model';
import { SENTIMENT_LABELS } from './sentiment-store';
import {
  InvalidField, optional, requireCount, requireHttpUrl, requireKnownKeys, requireObject, requireOneOf, requireString,
} from './validate-fields';
import { checkRecord } from './validate-record';

export { isTrustedSender } from './trusted-sender';

export const MAX_BATCH_RECORDS = 2000;
export const MAX_BATCH_ID_LENGTH = 100;
const MAX_HEALTH_DELTAS = 100;
const CAPTURE_KEYS = new Set(['type', 'batchId', 'pageUrl', 'records', 'health']);
const HEALTH_KEYS = new Set(['adapter', 'items', 'errors', 'skipped', 'lastError']);
const CORRECTION_KEYS = new Set(['type', 'recordId', 'label']);
export const MAX_RECORD_ID_LENGTH = 300;
const RECORD_ID = new RegExp(`^(?:${PLATFORMS.join('|')}):.`);

export type ValidationResult = { ok: true; message: RuntimeMessage } | { ok: false; error: string };

function checkHealthDelta(value: unknown, field: string): asserts value is AdapterHealthDelta {
  const delta = requireObject(value, field);
  requireKnownKeys(delta, HEALTH_KEYS, field);
  requireString(delta.adapter, `${field}.adapter`, 50, { nonEmpty: true });
  requireCount(delta.items, `${field}.items`);
  requireCount(delta.errors, `${field}.errors`);
  requireCount(delta.skipped, `${field}.skipped`);
  optional(delta, 'lastError', field, (error, name) => requireString(error, name, 2000));
}

function checkCaptureMessage(message: Record<string, unknown>): asserts message is Record<string, unknown> & CollectorCaptureMessage {
  requireKnownKeys(message, CAPTURE_KEYS, '');
  requireString(message.batchId, 'batchId', MAX_BATCH_ID_LENGTH, { nonEmpty: true });
  requireHttpUrl(message.pageUrl, 'pageUrl');
  if (!Array.isArray(message.records)) throw new InvalidField('records', 'must be an array');
  if (message.records.length > MAX_BATCH_RECORDS) {
    throw new InvalidField('records', `has too many entries (${message.records.length} > ${MAX_BATCH_RECORDS})`);
  }
  message.records.forEach((record: unknown, index: number) => {
    try {
      checkRecord(record);
    } catch (error) {
      if (!(error instanceof InvalidField)) throw error;
      const id = (record as { id?: unknown } | null)?.id;
      const named = typeof id === 'string' ? ` (${JSON.stringify(id.slice(0, 80))})` : '';
      throw new InvalidField(`records[${index}]${named} ${error.field}`, error.problem);
    }
  });
  if (!Array.isArray(message.health)) throw new InvalidField('health', 'must be an array');
  if (message.health.length > MAX_HEALTH_DELTAS) throw new InvalidField('health', `has too many entries (> ${MAX_HEALTH_DELTAS})`);
  message.health.forEach((delta: unknown, index: number) => checkHealthDelta(delta, `health[${index}]`));
}

function checkCorrectionMessage(message: Record<string, unknown>): asserts message is Record<string, unknown> & PopupCorrectSentimentMessage {
  requireKnownKeys(message, CORRECTION_KEYS, '');
  const recordId = requireString(message.recordId, 'recordId', MAX_RECORD_ID_LENGTH, { nonEmpty: true });
  if (!RECORD_ID.test(recordId)) throw new InvalidField('recordId', 'must be "<platform>:<id>"');
  if (message.label !== null) requireOneOf(message.label, SENTIMENT_LABELS, 'label');
}

const CHECKS: Record<RuntimeMessage['type'], (message: Record<string, unknown>) => void> = {
  'collector:capture': checkCaptureMessage,
  'popup:correct-sentiment': checkCorrectionMessage,
};

/** Strict shape check; the first problem found is named in `error` and the whole message is refused. */
export function validateRuntimeMessage(message: unknown): ValidationResult {
  try {
    const object = requireObject(message, 'message');
    const check = typeof object.type === 'string' && Object.hasOwn(CHECKS, object.type) ? CHECKS[object.type as RuntimeMessage['type']] : undefined;
    if (!check) {
      const shown = typeof object.type === 'string' ? JSON.stringify(object.type.slice(0, 60)) : String(object.type);
      return { ok: false, error: `unknown message type ${shown}` };
    }
    check(object);
    return { ok: true, message: object as unknown as RuntimeMessage };
  } catch (error) {
    if (error instanceof InvalidField) return { ok: false, error: `invalid ${String((message as { type?: unknown })?.type ?? 'message')}: ${error.message}` };
    throw error;
  }
}
