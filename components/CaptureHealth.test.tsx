import { describe, expect, it } from 'vitest';
import { CaptureHealth } from './CaptureHealth';
import { byTestId, mount } from './mount.test-helper';

const now = Date.parse('2026-11-26T06:00:00Z');

describe('CaptureHealth', () => {
  it('shows per-adapter items, errors, skipped and last capture, with the last error on hover', () => {
    const root = mount(<CaptureHealth now={now} rows={[
      { adapter: 'weibo', items: 1520, errors: 2, skipped: 7, lastCaptureAt: '2026-11-26T05:55:00Z', lastError: 'TypeError: cards is undefined' },
      { adapter: 'generic', items: 0, errors: 0, skipped: 0 },
    ]} />);
    const [weibo, generic] = byTestId(root, 'health-row');
    expect(weibo!.dataset.adapter).toBe('weibo');
    expect([...weibo!.querySelectorAll('td')].map((cell) => cell.dataset.value ?? cell.textContent)).toEqual(['1520', '2', '7', '5 minutes ago']);
    expect(weibo!.title).toBe('Last error: TypeError: cards is undefined');
    expect(weibo!.classList.contains('has-errors')).toBe(true);
    expect(weibo!.querySelector('th')!.textContent).toBe('Weibo');
    expect(generic!.querySelector('th')!.textContent).toBe('generic');
    expect(generic!.textContent).toContain('never');
    expect(generic!.hasAttribute('title')).toBe(false);
  });

  it('says so when no capture has run', () => {
    const root = mount(<CaptureHealth now={now} rows={[]} />);
    expect(byTestId(root, 'health-row')).toHaveLength(0);
    expect(root.textContent).toContain('No capture has run yet.');
  });
});
