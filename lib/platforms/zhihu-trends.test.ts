import { describe, expect, it } from 'vitest';
import { documentOf } from '../../tests/fuzz';
import { projectFixture } from '../../tests/shared-fixtures';
import { zhihuAdapter } from './zhihu';
import { hotListTrends } from './zhihu-trends';

const ctx = { url: 'https://www.zhihu.com/hot', capturedAt: '2026-11-26T08:00:00.000Z' };

describe('知乎热榜 → trend records', () => {
  it('the /hot page: initialState.topstory.hotList (camelCase cards) in rank order; no heat shown = no heat', () => {
    const result = zhihuAdapter.fromDocument!(documentOf(projectFixture('zhihu/hot_page_initial_data.html'), ctx.url), ctx);
    expect(result.skipped).toBe(0);
    expect(result.records).toEqual([
      { id: 'zhihu:hot:700000021', platform: 'zhihu', kind: 'trend', rank: 1, title: '某品牌耳机召回事件的影响有多大？', heat: 12340000, url: 'https://www.zhihu.com/question/700000021', capturedAt: ctx.capturedAt },
      { id: 'zhihu:hot:700000022', platform: 'zhihu', kind: 'trend', rank: 2, title: '如何看待今年的高考作文题？', heat: 8560000, url: 'https://www.zhihu.com/question/700000022', capturedAt: ctx.capturedAt },
      { id: 'zhihu:hot:700000023', platform: 'zhihu', kind: 'trend', rank: 3, title: 'AI 会取代程序员吗？', url: 'https://www.zhihu.com/question/700000023', capturedAt: ctx.capturedAt },
    ]);
  });

  it('a rank is the place in the list, counting the entries it had to skip', () => {
    const items = [{ target: {} }, { target: { title: '第二', id: 2 } }, 'junk', { target: { title: '第四', link: { url: 'https://www.zhihu.com/question/4' } } }];
    const result = hotListTrends(items, ctx);
    expect(result.skipped).toBe(2);
    expect(result.records.map((r) => r.kind === 'trend' && [r.rank, r.title, r.url])).toEqual([
      [2, '第二', 'https://www.zhihu.com/question/2'],
      [4, '第四', 'https://www.zhihu.com/question/4'],
    ]);
  });

  it('a special card without a question keeps its own link and is keyed by its card id', () => {
    const result = hotListTrends([{ card_id: 'S_99', target: { title_area: { text: '专题：年度盘点' }, link: { url: 'https://www.zhihu.com/special/99' } } }], ctx);
    expect(result.records).toEqual([
      { id: 'zhihu:hot:S_99', platform: 'zhihu', kind: 'trend', rank: 1, title: '专题：年度盘点', url: 'https://www.zhihu.com/special/99', capturedAt: ctx.capturedAt },
    ]);
  });
});
