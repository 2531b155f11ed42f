import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import chinese from '../public/_locales/zh_CN/messages.json';
import { messageFrom } from '../lib/i18n';
import { platformCounts } from '../lib/analytics/platform-counts';
import { byTestId, mount } from './mount.test-helper';
import { PlatformCounts } from './PlatformCounts';

const counts = platformCounts({ weibo: 10, x: 3 }, { weibo: 25_000, zhihu: 4 });

describe('PlatformCounts', () => {
  afterEach(() => vi.restoreAllMocks());

  it('shows posts + comments per platform with its name', () => {
    const rows = byTestId(mount(<PlatformCounts counts={counts} />), 'platform-count');
    expect(rows.map((row) => row.dataset.platform)).toEqual(['weibo', 'zhihu', 'x']);
    expect(rows[0]!.dataset.value).toBe('25010');
    expect(rows[0]!.textContent).toBe('Weibo25K');
    expect(rows[0]!.title).toBe('10 posts, 25K comments');
    expect(rows[2]!.textContent).toBe('X3');
  });

  it('names platforms in Chinese for zh_CN', () => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string[]) =>
      messageFrom(chinese, key, subs)) as never);
    const rows = byTestId(mount(<PlatformCounts counts={counts} />), 'platform-count');
    expect(rows.map((row) => row.querySelector('.platform-name')!.textContent)).toEqual(['微博', '知乎', 'X']);
    expect(rows[0]!.querySelector('.platform-total')!.textContent).toBe('2.5万');
  });

  it('renders nothing when nothing was captured', () => {
    expect(mount(<PlatformCounts counts={[]} />).childNodes).toHaveLength(0);
  });
});
