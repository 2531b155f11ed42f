import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import chinese from '../public/_locales/zh_CN/messages.json';
import { messageFrom } from '../lib/i18n';
import { KpiCards } from './KpiCards';
import { byTestId, mount } from './mount.test-helper';

const value = (root: HTMLElement, id: string) => byTestId(root, id)[0]!;

describe('KpiCards', () => {
  afterEach(() => vi.restoreAllMocks());

  it('shows posts, comments and engagement, exact in data-value', () => {
    const root = mount(<KpiCards totals={{ posts: 128, comments: 3456, engagement: 12_345 }} />);
    expect(value(root, 'kpi-posts').textContent).toBe('128');
    expect(value(root, 'kpi-comments').textContent).toBe('3,456');
    expect(value(root, 'kpi-engagement').textContent).toBe('12K');
    expect(value(root, 'kpi-engagement').dataset.value).toBe('12345');
    expect(root.textContent).toContain('Engagement');
  });

  it('speaks Chinese and counts in 万 when the browser picked zh_CN', () => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string[]) =>
      messageFrom(chinese, key, subs)) as never);
    const root = mount(<KpiCards totals={{ posts: 0, comments: 2, engagement: 12_345 }} />);
    expect(value(root, 'kpi-engagement').textContent).toBe('1.2万');
    expect(value(root, 'kpi-posts').textContent).toBe('0');
    expect(root.textContent).toContain('互动量');
  });
});
