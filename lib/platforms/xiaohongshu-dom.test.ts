import { expect, it } from 'vitest';
import { documentOf } from '../../tests/fuzz';
import { projectFixture } from '../../tests/shared-fixtures';
import { xiaohongshuAdapter } from './xiaohongshu';

const url = 'https://www.xiaohongshu.com/explore';
const capturedAt = '2026-11-26T04:00:00.000Z';

it('reads explore note cards from the DOM; a skeleton card is skipped', () => {
  const result = xiaohongshuAdapter.fromDom!(documentOf(projectFixture('xiaohongshu/feed_cards_dom.html'), url), { url, capturedAt });
  expect(result.skipped).toBe(1);
  expect(result.records).toEqual([
    {
      id: 'xiaohongshu:6650a1b2000000001e01c3d4', platform: 'xiaohongshu', kind: 'post',
      url: 'https://www.xiaohongshu.com/explore/6650a1b2000000001e01c3d4?xsec_token=ABdomToken%3D',
      author: { id: 'xiaohongshu:5f1a2b3c000000000101d2e3', platform: 'xiaohongshu', name: '咖啡小满', url: 'https://www.xiaohongshu.com/user/profile/5f1a2b3c000000000101d2e3' },
      text: '燕麦拿铁测评', title: '燕麦拿铁测评', media: 'image', metrics: { likes: 12000 }, capturedAt, source: 'dom',
    },
    expect.objectContaining({ id: 'xiaohongshu:664f9e8d000000001e02b3c4', media: 'video', text: '', metrics: {} }),
  ]);
});
