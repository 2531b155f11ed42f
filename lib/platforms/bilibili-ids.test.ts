import { describe, expect, it } from 'vitest';
import { areaNativeId, areaUrl, bilibiliAuthor, locationOf, verifiedOf, videoUrl } from './bilibili-ids';
import { idOf } from './bilibili-json';

describe('bilibili ids', () => {
  it('names a post by its comment area, so a video and its comments meet on one id', () => {
    expect(areaNativeId(1, 694724153)).toBe('av694724153');
    expect(areaNativeId('1', '694724153')).toBe('av694724153');
    expect(areaNativeId(11, '326122895')).toBe('album326122895');
    expect(areaNativeId(12, 40000001)).toBe('cv40000001');
    expect(areaNativeId(17, '967717348014293017')).toBe('dyn967717348014293017');
    expect(areaNativeId(33, 5)).toBe('t33-5');
    expect(areaNativeId(1, 0)).toBeUndefined();
    expect(areaNativeId(undefined, 5)).toBeUndefined();
  });

  it('links videos by BV id with the trailing slash the site redirects to, and knows where areas live', () => {
    expect(videoUrl('BV1xx411c7mD', '1001')).toBe('https://www.bilibili.com/video/BV1xx411c7mD/');
    expect(videoUrl(undefined, '1001')).toBe('https://www.bilibili.com/video/av1001/');
    expect(areaUrl(17, '880001')).toBe('https://t.bilibili.com/880001');
    expect(areaUrl(11, '880001')).toBeUndefined();
  });

  it('treats 0, "0", negatives and non-numbers as no id; keeps ids beyond 2^53 given as strings', () => {
    expect(idOf(0, '0', -3, 'abc', 1.5, '', null)).toBeUndefined();
    expect(idOf('0', 116004801741275)).toBe('116004801741275');
    expect(idOf('967717348014293017')).toBe('967717348014293017');
  });

  it('reads IP属地 with either colon, the official badge type, and builds the author', () => {
    expect(locationOf('IP属地：广东')).toBe('广东');
    expect(locationOf('IP属地:上海')).toBe('上海');
    expect(locationOf('山东')).toBe('山东');
    expect(locationOf('IP属地：')).toBeUndefined();
    expect(verifiedOf({ type: -1, desc: '' })).toBe(false);
    expect(verifiedOf(undefined, { type: 0 })).toBe(true);
    expect(verifiedOf(null, 'x')).toBeUndefined();
    expect(bilibiliAuthor({ mid: '90001', name: '', followers: '1.2万' })).toEqual({
      id: 'bilibili:90001', platform: 'bilibili', name: '90001', url: 'https://space.bilibili.com/90001', followers: 12000,
    });
    expect(bilibiliAuthor({ mid: 0, name: 'x' })).toBeUndefined();
  });
});
