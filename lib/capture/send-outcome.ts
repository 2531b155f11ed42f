// What to do with a batch after one attempt to hand it to the background.
import type { BackgroundReply } from '../messages';

export type SendOutcome =
  | { kind: 'acked'; stored: number }
  /** The background was not there or not ready (service worker asleep or restarting): same batch again later. */
  | { kind: 'retry'; error: string }
  /** The background looked at the batch and refused it: retrying would loop forever. */
  | { kind: 'invalid'; error: string }
  /** This content script outlived its extension (reloaded / updated): nobody will ever answer. */
  | { kind: 'fatal'; error: string };

const FATAL = /extension context invalidated/i;
// Refusals the background means as "later": an explicit `transient:` prefix (preferred), or the
// words a restarting or busy background uses.
const TRANSIENT_REFUSAL = /^transient\b|not ready|restart|busy|try again|timed? ?out|receiving end does not exist|could not establish connection/i;

function describe(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return typeof error === 'string' ? error : 'unknown error';
}

export function classifySend(result: { reply: unknown } | { error: unknown }): SendOutcome {
  if ('error' in result) {
    const error = describe(result.error);
    // Any transport failure ("Could not establish connection", "message port closed") is worth a retry.
    return FATAL.test(error) ? { kind: 'fatal', error } : { kind: 'retry', error };
  }
  const reply = result.reply as Partial<BackgroundReply> | null | undefined;
  if (reply?.ok === true) return { kind: 'acked', stored: typeof reply.stored === 'number' ? reply.stored : 0 };
  if (reply?.ok === false && typeof reply.error === 'string') {
    return TRANSIENT_REFUSAL.test(reply.error) ? { kind: 'retry', error: reply.error } : { kind: 'invalid', error: reply.error };
  }
  // No answer at all: the worker went away while handling the batch.
  return { kind: 'retry', error: 'no reply from the background' };
}
