import { describe, expect, it } from 'vitest';
import { hourEnd, rollingWindow } from './rolling-window';

describe('rollingWindow', () => {
  const now = Date.parse('2026-11-26T12:30:00Z');

  it('ends with the hour now is in, so the current hour counts', () => {
    expect(new Date(hourEnd(now)).toISOString()).toBe('2026-11-26T13:00:00.000Z');
    expect(hourEnd(Date.parse('2026-11-26T13:00:00Z'))).toBe(Date.parse('2026-11-26T14:00:00Z'));
  });

  it('reaches back exactly the preset, hour-aligned', () => {
    const week = rollingWindow('7d', now);
    expect(new Date(week.from).toISOString()).toBe('2026-11-19T13:00:00.000Z');
    expect(rollingWindow('24h', now)).toEqual({ from: Date.parse('2026-11-25T13:00:00Z'), to: Date.parse('2026-11-26T13:00:00Z') });
  });
});
