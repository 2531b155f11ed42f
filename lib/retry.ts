// IndexedDB writes can fail for passing reasons (a transaction that went inactive when the service
// worker was suspended, an abort from a concurrent upgrade). Those are retried; a full disk is not.

export interface RetryOptions {
  attempts: number;
  /** Delay before retry n (1-based), in ms. */
  backoff: (retry: number) => number;
  isTransient?: (error: unknown) => boolean;
}

const TRANSIENT_NAMES = new Set(['TransactionInactiveError', 'AbortError', 'TimeoutError', 'UnknownError']);

function errorChain(error: unknown): { name?: string }[] {
  const chain: { name?: string }[] = [];
  // Dexie wraps the DOMException that caused an abort in `inner`.
  for (let current = error as { name?: string; inner?: unknown } | undefined; current && chain.length < 5; current = current.inner as typeof current) {
    chain.push(current);
  }
  return chain;
}

export function isQuotaError(error: unknown): boolean {
  return errorChain(error).some((link) => link.name === 'QuotaExceededError');
}

export function isTransientDbError(error: unknown): boolean {
  const chain = errorChain(error);
  return chain.length > 0 && !isQuotaError(error) && chain.some((link) => TRANSIENT_NAMES.has(link.name ?? ''));
}

export const exponentialBackoff = (baseMs: number) => (retry: number) => baseMs * 2 ** (retry - 1);

export async function withRetry<T>(fn: () => Promise<T>, { attempts, backoff, isTransient = isTransientDbError }: RetryOptions): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      if (attempt >= attempts || !isTransient(error)) throw error;
      const delay = backoff(attempt);
      if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}
