import { describe, expect, it } from 'vitest';
import { capturesPerHour } from '../lib/analytics/hourly';
import { HourlyChart, hourlySeries } from './HourlyChart';
import { byTestId, mount } from './mount.test-helper';

const now = Date.parse('2026-11-26T05:30:00Z');
const buckets = capturesPerHour([
  { platform: 'weibo', hour: '2026-11-26T05:00:00.000Z', posts: 4, comments: 6, trends: 0 },
  { platform: 'x', hour: '2026-11-26T02:00:00.000Z', posts: 1, comments: 0, trends: 0 },
], now);

describe('hourlySeries', () => {
  it('feeds the chart 24 values with total and peak', () => {
    const series = hourlySeries(buckets, 'en');
    expect(series.values).toHaveLength(24);
    expect(series.values.at(-1)).toBe(10);
    expect(series.values.at(-4)).toBe(1);
    expect(series).toMatchObject({ total: 11, peak: 10 });
    expect(series.labels).toHaveLength(24);
  });
});

describe('HourlyChart', () => {
  it('exposes the series in a hidden table and the canvas label (no canvas drawing under happy-dom)', () => {
    const root = mount(<HourlyChart buckets={buckets} />);
    const rows = [...byTestId(root, 'hourly-table')[0]!.querySelectorAll('tbody tr')] as HTMLElement[];
    expect(rows).toHaveLength(24);
    expect(rows.map((row) => Number(row.dataset.value)).reduce((a, b) => a + b)).toBe(11);
    expect(rows[23]!.dataset.hour).toBe('2026-11-26T05:00:00.000Z');
    expect(rows[23]!.querySelector('td')!.textContent).toBe('10');
    expect(byTestId(root, 'hourly-total')[0]!.dataset.value).toBe('11');
    expect(root.querySelector('canvas')!.getAttribute('aria-label')).toContain('11 in total, at most 10');
  });
});
