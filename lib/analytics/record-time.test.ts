import { describe, expect, it } from 'vitest';
import { recordTime } from './record-time';

const firstSeenAt = '2026-11-26T05:10:00.000Z';

describe('recordTime', () => {
  it('is the publish time, normalised to ISO UTC', () => {
    expect(recordTime({ createdAt: '2026-11-20T08:30:00+08:00', firstSeenAt })).toBe('2026-11-20T00:30:00.000Z');
    expect(recordTime({ createdAt: '2026-11-20T00:30:00.000Z', firstSeenAt })).toBe('2026-11-20T00:30:00.000Z');
  });

  it('falls back to the first capture when there is no readable publish time', () => {
    expect(recordTime({ firstSeenAt })).toBe(firstSeenAt);
    expect(recordTime({ createdAt: '', firstSeenAt })).toBe(firstSeenAt);
    expect(recordTime({ createdAt: '3 days ago', firstSeenAt })).toBe(firstSeenAt);
  });
});
