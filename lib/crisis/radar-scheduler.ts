// When the radar runs: shortly after captures that mention a watch (debounced, so a scrolling session
// of many small batches costs one pass) and on a periodic alarm, so quiet windows are noticed too.
// One pass at a time; a trigger during a pass queues exactly one more.

export const RADAR_ALARM_NAME = 'crisis-radar';
export const RADAR_ALARM_PERIOD_MINUTES = 15;
export const RADAR_DEBOUNCE_MS = 2000;

export interface RadarScheduler {
  /** Run soon (after `debounceMs` without another trigger). */
  trigger(): void;
  /** Run now (the alarm); resolves when this pass has finished. */
  runNow(): Promise<void>;
}

export interface SchedulerOptions {
  run: () => Promise<unknown>;
  debounceMs?: number;
  onError?: (error: unknown) => void;
}

export function createRadarScheduler({ run, debounceMs = RADAR_DEBOUNCE_MS, onError }: SchedulerOptions): RadarScheduler {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  let again = false;

  const pass = async (): Promise<void> => {
    try {
      await run();
    } catch (error) {
      onError?.(error);
    }
  };

  const runNow = (): Promise<void> => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (running) {
      again = true;
      return running;
    }
    running = pass().then(() => {
      running = undefined;
      if (again) {
        again = false;
        return runNow();
      }
    });
    return running;
  };

  const trigger = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => void runNow(), debounceMs);
  };

  return { trigger, runNow };
}

export interface AlarmsApi {
  get(name: string): Promise<unknown>;
  create(name: string, info: { periodInMinutes: number; delayInMinutes?: number }): void | Promise<void>;
}

/**
 * Creates the periodic alarm once. Creating it again would restart its period, and a worker woken more
 * often than every 15 minutes would then never see it fire. Called on every worker start because a
 * browser restart may drop alarms.
 */
export async function ensureRadarAlarm(alarms: AlarmsApi): Promise<boolean> {
  if (await alarms.get(RADAR_ALARM_NAME)) return false;
  await alarms.create(RADAR_ALARM_NAME, { periodInMinutes: RADAR_ALARM_PERIOD_MINUTES, delayInMinutes: 1 });
  return true;
}
