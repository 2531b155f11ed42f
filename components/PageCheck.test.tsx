import { describe, expect, it, vi } from 'vitest';
import type { CheckComment, PageCheckView } from '../lib/analytics/page-check';
import { byTestId, mount } from './mount.test-helper';
import { formatNet, formatShare, PageCheck } from './PageCheck';

const comment = (over: Partial<CheckComment>): CheckComment => ({
  id: 'weibo:c1', authorName: '小满', text: '好喝', url: 'https://weibo.com/1/a', likes: 412, label: 'positive', corrected: false, ...over,
});

function view(over: Partial<PageCheckView> = {}): PageCheckView {
  const negative = comment({ id: 'weibo:c2', text: '<img src=x onerror=alert(1)>排队半小时', likes: 87, label: 'negative', url: 'javascript:alert(1)' });
  return {
    postId: 'weibo:p1', post: { authorName: '光合咖啡', text: '秋日限定上线', url: 'https://weibo.com/1/a' },
    sample: 11, tooFew: false, ownReplies: 1, unscored: 0,
    mix: [{ label: 'positive', count: 7, share: 7 / 11 }, { label: 'neutral', count: 1, share: 1 / 11 }, { label: 'negative', count: 3, share: 3 / 11 }],
    net: 0.4, topNegative: negative, topPositive: comment({}),
    aspects: [{ aspect: 'service', count: 2, negative: 2 }], keywords: [{ term: '桂花', count: 3, tone: 'positive' }],
    comments: [comment({}), negative], total: 12, ...over,
  };
}

const noop = async () => {};

describe('PageCheck', () => {
  it('shows the mix with counts and shares, the net, the sample and the top comments', () => {
    const root = mount(<PageCheck view={view()} corrections={0} onCorrect={noop} onExport={noop} />);
    expect(byTestId(root, 'page-check')[0]!.dataset.postId).toBe('weibo:p1');
    const negative = byTestId(root, 'sentiment-negative')[0]!;
    expect(negative.dataset.count).toBe('3');
    expect(negative.dataset.share).toBe('0.2727');
    expect(negative.textContent).toBe('Negative327%');
    expect(byTestId(root, 'sentiment-positive')[0]!.textContent).toContain('64%');
    expect(byTestId(root, 'net-sentiment')[0]!.dataset.value).toBe('0.4000');
    expect(byTestId(root, 'net-sentiment')[0]!.textContent).toBe('+0.40Net');
    expect(byTestId(root, 'check-sample')[0]!.dataset.value).toBe('11');
    expect(byTestId(root, 'check-too-few')).toHaveLength(0);
    expect(root.textContent).toContain("Author's own replies not counted: 1");
    expect(byTestId(root, 'top-negative')[0]!.textContent).toContain('Most-liked negative');
    expect(byTestId(root, 'top-positive')[0]!.querySelector('a')!.getAttribute('href')).toBe('https://weibo.com/1/a');
    expect(byTestId(root, 'check-aspects')[0]!.textContent).toBe('TopicsService 2');
    expect(byTestId(root, 'check-keywords')[0]!.textContent).toBe('Keywords桂花 3');
    expect(byTestId(root, 'check-comment')).toHaveLength(2);
    expect(root.querySelector('canvas')!.getAttribute('aria-label')).toBe('Sentiment of 11 comments: 7 positive, 1 neutral, 3 negative.');
    const exportButton = byTestId(root, 'check-export')[0] as HTMLButtonElement;
    expect(exportButton.textContent).toContain('Export labelled data (0)');
    expect(exportButton.disabled).toBe(true);
  });

  it('keeps scraped text as text and drops unsafe links', () => {
    const root = mount(<PageCheck view={view()} corrections={0} onCorrect={noop} onExport={noop} />);
    const top = byTestId(root, 'top-negative')[0]!;
    expect(top.querySelector('img')).toBeNull();
    expect(top.querySelector('.check-text')!.textContent).toBe('<img src=x onerror=alert(1)>排队半小时');
    expect(top.querySelector('a')).toBeNull();
  });

  it('says too few to judge, without a net, under the minimum sample', () => {
    const root = mount(<PageCheck view={view({ sample: 3, tooFew: true })} corrections={0} onCorrect={noop} onExport={noop} />);
    expect(byTestId(root, 'check-too-few')[0]!.textContent).toBe('Too few to judge: 3 of at least 5 comments.');
    expect(byTestId(root, 'net-sentiment')).toHaveLength(0);
  });

  it('explains a post without captured comments', () => {
    const root = mount(<PageCheck view={view({ total: 0, sample: 0, tooFew: true, comments: [] })} corrections={0} onCorrect={noop} onExport={noop} />);
    expect(root.textContent).toContain('No comments captured for this post yet');
    expect(byTestId(root, 'sentiment-positive')).toHaveLength(0);
  });

  it('routes correction and export clicks to the given actions', async () => {
    const onCorrect = vi.fn(noop);
    const onExport = vi.fn(noop);
    const root = mount(<PageCheck view={view()} corrections={2} onCorrect={onCorrect} onExport={onExport} />);
    const row = byTestId(root, 'check-comment')[0]!;
    (row.querySelector('[data-testid="correct-label"][data-label="neutral"]') as HTMLButtonElement).click();
    expect(onCorrect).toHaveBeenCalledWith('weibo:c1', 'neutral');
    byTestId(root, 'check-export')[0]!.click();
    expect(onExport).toHaveBeenCalledOnce();
  });
});

describe('formatting', () => {
  it('signs the net and rounds shares', () => {
    expect(formatNet(0.4, 'en')).toBe('+0.40');
    expect(formatNet(-1, 'en')).toBe('-1.00');
    expect(formatNet(0, 'en')).toBe('0.00');
    expect(formatShare(2 / 3, 'zh-CN')).toBe('67%');
  });
});
