import { describe, expect, it } from 'vitest';
import { timeBuckets } from '../../../lib/analytics/series';
import { bucketLabels, bucketTitles, chartBuckets, stepOf } from './buckets';

const days = (from: string, to: string) => timeBuckets(Date.parse(`${from}T00:00:00Z`), Date.parse(`${to}T00:00:00Z`), 'UTC');

describe('chart time steps', () => {
  it('keeps hours and up to 120 days as they are', () => {
    const hours = timeBuckets(Date.parse('2026-11-26T00:00:00Z'), Date.parse('2026-11-27T00:00:00Z'), 'UTC');
    expect(chartBuckets(hours)).toEqual(hours);
    expect(stepOf(hours)).toBe('hour');
    const quarter = days('2026-08-28', '2026-11-26');
    expect(chartBuckets(quarter)).toEqual(quarter);
    expect(stepOf(quarter)).toBe('day');
  });

  it('groups a long range into Monday-to-Sunday weeks that cover it exactly', () => {
    const year = days('2025-11-26', '2026-11-26');
    const weeks = chartBuckets(year);
    expect(stepOf(weeks)).toBe('week');
    expect(weeks[0]).toEqual({ start: year[0]!.start, end: Date.parse('2025-12-01T00:00:00Z'), key: '2025-11-26~2025-11-30' });
    expect(weeks[1]!.key).toBe('2025-12-01~2025-12-07');
    expect(weeks[weeks.length - 1]!.end).toBe(year[year.length - 1]!.end);
    weeks.slice(1).forEach((week, index) => expect(week.start).toBe(weeks[index]!.end));
  });

  it('groups years into calendar months', () => {
    const years = days('2019-06-14', '2026-11-26');
    const months = chartBuckets(years);
    expect(stepOf(months)).toBe('month');
    expect(months[0]).toMatchObject({ key: '2019-06', start: Date.parse('2019-06-14T00:00:00Z'), end: Date.parse('2019-07-01T00:00:00Z') });
    expect(months).toHaveLength(7 * 12 + 6);
    expect(bucketLabels(months, 'en', 'UTC')[0]).toBe('Jun 2019');
    expect(bucketTitles(months, 'en', 'UTC')[0]).toBe('June 2019');
  });

  it('names steps with the year when the range crosses one', () => {
    expect(bucketLabels(days('2026-11-20', '2026-11-23'), 'en', 'UTC')).toEqual(['Nov 20', 'Nov 21', 'Nov 22']);
    expect(bucketLabels(days('2025-12-30', '2026-01-02'), 'en', 'UTC')).toEqual(['Dec 30, 2025', 'Dec 31, 2025', 'Jan 1, 2026']);
    const weeks = chartBuckets(days('2025-11-26', '2026-11-26'));
    expect(bucketTitles(weeks, 'en', 'UTC')[1]!.replace(/\s/g, ' ')).toBe('Dec 1 – 7, 2025');
  });
});
