import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRadarScheduler, ensureRadarAlarm, RADAR_ALARM_NAME } from './radar-scheduler';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('createRadarScheduler', () => {
  it('runs once after a burst of triggers has been quiet for the debounce time', async () => {
    const run = vi.fn(async () => {});
    const scheduler = createRadarScheduler({ run, debounceMs: 2000 });
    for (let i = 0; i < 5; i++) {
      scheduler.trigger();
      await vi.advanceTimersByTimeAsync(1000);
    }
    expect(run).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('never runs two passes at once; a trigger during a pass queues exactly one more', async () => {
    let active = 0;
    let most = 0;
    let release: () => void = () => {};
    const run = vi.fn(() => {
      most = Math.max(most, ++active);
      return new Promise<void>((resolve) => (release = () => { active--; resolve(); }));
    });
    const scheduler = createRadarScheduler({ run, debounceMs: 10 });
    const first = scheduler.runNow();
    scheduler.runNow();
    scheduler.runNow();
    expect(run).toHaveBeenCalledTimes(1);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(run).toHaveBeenCalledTimes(2);
    release();
    await first;
    expect(run).toHaveBeenCalledTimes(2);
    expect(most).toBe(1);
  });

  it('reports a failing pass and keeps working', async () => {
    const onError = vi.fn();
    const run = vi.fn().mockRejectedValueOnce(new Error('db closed')).mockResolvedValue(undefined);
    const scheduler = createRadarScheduler({ run, onError });
    await scheduler.runNow();
    await scheduler.runNow();
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'db closed' }));
    expect(run).toHaveBeenCalledTimes(2);
  });
});

describe('ensureRadarAlarm', () => {
  it('creates the 15-minute alarm only when it is missing, so its period is not restarted', async () => {
    const alarms = new Map<string, unknown>();
    const api = { get: async (name: string) => alarms.get(name), create: vi.fn((name: string, info: unknown) => void alarms.set(name, info)) };
    expect(await ensureRadarAlarm(api)).toBe(true);
    expect(await ensureRadarAlarm(api)).toBe(false);
    expect(api.create).toHaveBeenCalledTimes(1);
    expect(alarms.get(RADAR_ALARM_NAME)).toEqual({ periodInMinutes: 15, delayInMinutes: 1 });
  });
});
