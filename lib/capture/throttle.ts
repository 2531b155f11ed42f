// Runs `task` at most once per `intervalMs`, and always once after the last request, so a burst
// of page mutations ends in one pass that sees the final state.
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  setInterval(callback: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
  now(): number;
}

export const realTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  setInterval: (callback, ms) => setInterval(callback, ms),
  clearInterval: (handle) => clearInterval(handle as ReturnType<typeof setInterval>),
  now: () => Date.now(),
};

export interface Throttled {
  request(): void;
  cancel(): void;
}

export function throttle(task: () => void, intervalMs: number, timers: Timers): Throttled {
  let lastRun = -Infinity;
  let pending: unknown;
  return {
    request() {
      if (pending !== undefined) return;
      // Even the first run waits a tick, so a synchronous burst of mutations is one pass.
      const wait = Math.max(0, lastRun + intervalMs - timers.now());
      pending = timers.setTimeout(() => {
        pending = undefined;
        lastRun = timers.now();
        task();
      }, wait);
    },
    cancel() {
      if (pending !== undefined) timers.clearTimeout(pending);
      pending = undefined;
    },
  };
}
