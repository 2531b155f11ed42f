import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { exponentialBackoff, isQuotaError, isTransientDbError, withRetry } from './retry';

const named = (name: string) => Object.assign(new Error(name), { name });

describe('isTransientDbError', () => {
  it('knows passing IndexedDB failures', () => {
    expect(isTransientDbError(new Dexie.TransactionInactiveError())).toBe(true);
    expect(isTransientDbError(new Dexie.AbortError())).toBe(true);
    expect(isTransientDbError(new DOMException('gone', 'TransactionInactiveError'))).toBe(true);
  });

  it('never retries a full disk, even when it comes wrapped in an abort', () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    expect(isTransientDbError(quota)).toBe(false);
    expect(isTransientDbError(new Dexie.AbortError('aborted', quota))).toBe(false);
    expect(isQuotaError(new Dexie.AbortError('aborted', quota))).toBe(true);
  });

  it('does not retry programming errors', () => {
    expect(isTransientDbError(new TypeError('x is undefined'))).toBe(false);
    expect(isTransientDbError(named('ConstraintError'))).toBe(false);
    expect(isTransientDbError(undefined)).toBe(false);
  });
});

describe('withRetry', () => {
  it('retries a transient failure and returns the later result', async () => {
    const fn = vi.fn().mockRejectedValueOnce(named('TransactionInactiveError')).mockResolvedValueOnce('stored');
    await expect(withRetry(fn, { attempts: 3, backoff: () => 0 })).resolves.toBe('stored');
    expect(fn).toHaveBeenCalledTimes(2);
  });

  it('gives up after the given attempts with the last error', async () => {
    const fn = vi.fn().mockRejectedValue(named('AbortError'));
    await expect(withRetry(fn, { attempts: 3, backoff: () => 0 })).rejects.toThrow('AbortError');
    expect(fn).toHaveBeenCalledTimes(3);
  });

  it('throws a non-transient error at once', async () => {
    const fn = vi.fn().mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
    await expect(withRetry(fn, { attempts: 3, backoff: () => 0 })).rejects.toThrow('full');
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('waits the backoff between attempts', async () => {
    vi.useFakeTimers();
    try {
      const fn = vi.fn().mockRejectedValueOnce(named('AbortError')).mockResolvedValueOnce(1);
      const result = withRetry(fn, { attempts: 2, backoff: exponentialBackoff(50) });
      await vi.advanceTimersByTimeAsync(49);
      expect(fn).toHaveBeenCalledTimes(1);
      await vi.advanceTimersByTimeAsync(1);
      await expect(result).resolves.toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('doubles the backoff', () => {
    expect([1, 2, 3].map(exponentialBackoff(20))).toEqual([20, 40, 80]);
  });
});
