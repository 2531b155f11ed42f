import { describe, expect, it } from 'vitest';
import { dayStart, HOUR, localDay, rangeDays, resolveRange } from './range';

const now = Date.parse('2026-11-26T12:34:56Z');
const shanghai = { now, firstHour: undefined, timeZone: 'Asia/Shanghai' };

describe('analytics ranges', () => {
  it('finds local midnight in a zone, across daylight saving changes too', () => {
    expect(new Date(dayStart('2026-11-26', 'Asia/Shanghai')).toISOString()).toBe('2026-11-25T16:00:00.000Z');
    expect(new Date(dayStart('2026-11-26', 'UTC')).toISOString()).toBe('2026-11-26T00:00:00.000Z');
    // New York switches to daylight time on 8 March 2026: midnight before is −5 h, the day after −4 h.
    expect(new Date(dayStart('2026-03-08', 'America/New_York')).toISOString()).toBe('2026-03-08T05:00:00.000Z');
    expect(new Date(dayStart('2026-03-09', 'America/New_York')).toISOString()).toBe('2026-03-09T04:00:00.000Z');
    expect(localDay(Date.parse('2026-11-25T16:00:00Z'), 'Asia/Shanghai')).toBe('2026-11-26');
    expect(localDay(Date.parse('2026-11-25T15:59:59Z'), 'Asia/Shanghai')).toBe('2026-11-25');
  });

  it('ends rolling presets with the current hour and keeps them their full length', () => {
    const end = Date.parse('2026-11-26T13:00:00Z');
    expect(resolveRange({ preset: '24h' }, shanghai)).toEqual({ from: end - 24 * HOUR, to: end });
    expect(resolveRange({ preset: '7d' }, shanghai)).toEqual({ from: end - 7 * 24 * HOUR, to: end });
    expect(resolveRange({ preset: '90d' }, shanghai)).toEqual({ from: end - 90 * 24 * HOUR, to: end });
  });

  it('starts "all" at the first recorded hour', () => {
    const firstHour = Date.parse('2025-01-02T03:00:00Z');
    expect(resolveRange({ preset: 'all' }, { ...shanghai, firstHour })).toEqual({ from: firstHour, to: Date.parse('2026-11-26T13:00:00Z') });
    expect(resolveRange({ preset: 'all' }, shanghai)).toEqual({ from: Date.parse('2026-11-26T12:00:00Z'), to: Date.parse('2026-11-26T13:00:00Z') });
  });

  it('reads custom local days with an inclusive last day, and epoch ms as given', () => {
    const range = resolveRange({ preset: 'custom', from: '2026-11-01', to: '2026-11-07' }, shanghai);
    expect(new Date(range.from).toISOString()).toBe('2026-10-31T16:00:00.000Z');
    expect(new Date(range.to).toISOString()).toBe('2026-11-07T16:00:00.000Z');
    expect(rangeDays(range, 'Asia/Shanghai')).toEqual({ from: '2026-11-01', to: '2026-11-07' });
    const ms = resolveRange({ preset: 'custom', from: String(Date.parse('2026-11-01T10:20:00Z')), to: String(Date.parse('2026-11-02T10:20:00Z')) }, shanghai);
    expect(ms).toEqual({ from: Date.parse('2026-11-01T10:00:00Z'), to: Date.parse('2026-11-02T11:00:00Z') });
  });

  it('aligns half-hour zones down to the UTC hour the rollup counts in', () => {
    const range = resolveRange({ preset: 'custom', from: '2026-11-01', to: '2026-11-01' }, { ...shanghai, timeZone: 'Asia/Kolkata' });
    expect(new Date(range.from).toISOString()).toBe('2026-10-31T18:00:00.000Z');
    expect(new Date(range.to).toISOString()).toBe('2026-11-01T19:00:00.000Z');
  });

  it('never returns an empty or reversed range', () => {
    const range = resolveRange({ preset: 'custom', from: '2026-11-07', to: '2026-11-01' }, shanghai);
    expect(range.to - range.from).toBe(24 * HOUR);
  });
});
