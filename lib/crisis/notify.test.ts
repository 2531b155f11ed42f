import { describe, expect, it, vi } from 'vitest';
import { dashboardPathForFlag, flagIdOfNotification, notificationFor, notifyChanges, onFlagNotificationClicked } from './notify';
import type { RadarChange } from './run-radar';
import { testFlag, testWatch } from './test-flags';
import { tChinese, tEnglish } from './test-translate';

const change = (overrides: Partial<RadarChange> & { level?: 'blue' | 'yellow' | 'orange' | 'red' } = {}): RadarChange => ({
  change: 'raised', watch: testWatch({ name: 'Acme' }), flag: testFlag({ id: 'f9', level: overrides.level ?? 'orange' }), ...overrides,
});

describe('notificationFor', () => {
  it('names the watch, the level and the top reason with its value and threshold', () => {
    expect(notificationFor(change(), tEnglish, (path) => `chrome-extension://abc${path}`)).toEqual({
      id: 'earshot-flag:f9',
      options: { type: 'basic', iconUrl: 'chrome-extension://abc/radar/orange.png', title: 'Acme: Orange (II) crisis flag', message: 'Negative share: 0.62 (threshold 0.4)' },
    });
    expect(notificationFor(change({ change: 'escalated', level: 'red' }), tChinese)?.options).toMatchObject({ title: 'Acme：预警升级为红色（I 级 特别严重）', message: '负面占比：0.62（阈值 0.4）' });
  });

  it('stays silent for blue and yellow (the badge and popup show them)', () => {
    expect(notificationFor(change({ level: 'blue' }), tEnglish)).toBeUndefined();
    expect(notificationFor(change({ level: 'yellow' }), tEnglish)).toBeUndefined();
  });
});

describe('notifyChanges', () => {
  it('shows one per orange/red change and reports a refused one without stopping', async () => {
    const create = vi.fn().mockRejectedValueOnce(new Error('notifications disabled')).mockResolvedValue('ok');
    const warn = vi.fn();
    const shown = await notifyChanges([change({ level: 'red' }), change({ level: 'blue' }), change({ level: 'orange' })], { notifications: { create }, t: tEnglish, warn });
    expect(shown).toBe(1);
    expect(create).toHaveBeenCalledTimes(2);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('notifications disabled'));
  });
});

describe('clicking a notification', () => {
  it('opens the flag in the dashboard and ignores other notifications', async () => {
    const openTab = vi.fn();
    const clear = vi.fn();
    const deps = { getURL: (path: string) => `chrome-extension://abc${path}`, openTab, clear };
    expect(await onFlagNotificationClicked('earshot-flag:f 9', deps)).toBe(true);
    expect(openTab).toHaveBeenCalledWith('chrome-extension://abc/dashboard.html#flag=f%209');
    expect(clear).toHaveBeenCalledWith('earshot-flag:f 9');
    expect(await onFlagNotificationClicked('something-else', deps)).toBe(false);
    expect(flagIdOfNotification('earshot-flag:')).toBeUndefined();
    expect(dashboardPathForFlag('x')).toBe('/dashboard.html#flag=x');
  });
});
