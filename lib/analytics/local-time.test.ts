import { describe, expect, it } from 'vitest';
import { dayKey, hourKey, localDay, startOfLocalDay, startOfNextLocalDay } from './local-time';

const at = Date.parse;
const dayNumber = (key: string) => at(`${key}T00:00:00Z`) / 86_400_000;

describe('local calendar days', () => {
  it('finds the local day of an instant', () => {
    expect(dayKey(localDay(at('2026-11-26T15:59:59Z'), 'Asia/Shanghai'))).toBe('2026-11-26');
    expect(dayKey(localDay(at('2026-11-26T16:00:00Z'), 'Asia/Shanghai'))).toBe('2026-11-27');
    expect(dayKey(localDay(at('2026-11-26T03:00:00Z'), 'America/New_York'))).toBe('2026-11-25');
  });

  it('starts days at local midnight, also in zones half or three quarters of an hour off UTC', () => {
    expect(startOfLocalDay(dayNumber('2026-11-27'), 'Asia/Shanghai')).toBe(at('2026-11-26T16:00:00Z'));
    expect(startOfLocalDay(dayNumber('2026-11-20'), 'Asia/Kolkata')).toBe(at('2026-11-19T18:30:00Z'));
    expect(startOfLocalDay(dayNumber('2026-11-20'), 'Asia/Kathmandu')).toBe(at('2026-11-19T18:15:00Z'));
    expect(startOfLocalDay(dayNumber('2026-11-20'), 'UTC')).toBe(at('2026-11-20T00:00:00Z'));
  });

  it('follows DST: New York midnight is 05:00 UTC in winter, 04:00 in summer', () => {
    expect(startOfLocalDay(dayNumber('2026-03-08'), 'America/New_York')).toBe(at('2026-03-08T05:00:00Z'));
    expect(startOfLocalDay(dayNumber('2026-03-09'), 'America/New_York')).toBe(at('2026-03-09T04:00:00Z'));
    expect(startOfNextLocalDay(at('2026-03-07T05:00:00Z'), dayNumber('2026-03-07'), 'America/New_York')).toBe(at('2026-03-08T05:00:00Z'));
    expect(startOfNextLocalDay(at('2026-03-08T05:00:00Z'), dayNumber('2026-03-08'), 'America/New_York')).toBe(at('2026-03-09T04:00:00Z'));
    expect(startOfNextLocalDay(at('2026-11-01T04:00:00Z'), dayNumber('2026-11-01'), 'America/New_York')).toBe(at('2026-11-02T05:00:00Z'));
  });

  it('labels an instant with its local hour', () => {
    expect(hourKey(at('2026-11-26T16:00:00Z'), 'Asia/Shanghai')).toBe('2026-11-27T00');
    expect(hourKey(at('2026-11-26T16:00:00Z'), 'UTC')).toBe('2026-11-26T16');
  });
});
