import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { realTimers, throttle } from './throttle';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('throttle', () => {
  it('runs a burst once, then at most once per interval, ending with a trailing run', () => {
    const task = vi.fn();
    const throttled = throttle(task, 1500, realTimers);
    throttled.request();
    throttled.request();
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(task).toHaveBeenCalledTimes(1);

    for (let t = 0; t < 1400; t += 100) {
      throttled.request();
      vi.advanceTimersByTime(100);
    }
    expect(task).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(100);
    expect(task).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(10_000);
    expect(task).toHaveBeenCalledTimes(2);
  });

  it('does nothing after cancel', () => {
    const task = vi.fn();
    const throttled = throttle(task, 1500, realTimers);
    throttled.request();
    throttled.cancel();
    vi.advanceTimersByTime(5000);
    expect(task).not.toHaveBeenCalled();
  });
});
