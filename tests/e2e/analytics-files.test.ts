// The readers the analytics e2e checks exports with, and its oracle's count parsing: if these were wrong,
// the e2e could pass on a wrong export.
import { describe, expect, it } from 'vitest';
import { rawCount, rawEngagement, rawRate, type RawPost } from './analytics-expected';
import { columnOf, parseCsv, parseNdjson, pdfPageCount, pngSize } from './analytics-files';

describe('parseCsv', () => {
  it('reads quoted commas, doubled quotes and line breaks inside a field, after a BOM, with CRLF rows', () => {
    const text = '\uFEFFname,text,n\r\n"a, b","say ""hi""\r\nthen go",3\r\n=1+1,"",\r\n';
    expect(parseCsv(text)).toEqual([
      ['name', 'text', 'n'],
      ['a, b', 'say "hi"\r\nthen go', '3'],
      ['=1+1', '', ''],
    ]);
  });

  it('keeps a last row without a line break', () => {
    expect(parseCsv('a,b\n1,2')).toEqual([['a', 'b'], ['1', '2']]);
  });

  it('finds a column by name, and says which header it searched', () => {
    expect(columnOf(['Post', 'URL', 'Engagement'], /url/i)).toBe(1);
    expect(() => columnOf(['Post'], /url/i)).toThrow(/\["Post"\]/);
  });
});

describe('pngSize', () => {
  it('reads width and height from IHDR', () => {
    const bytes = Buffer.alloc(33);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(bytes, 0);
    bytes.writeUInt32BE(13, 8);
    bytes.write('IHDR', 12, 'latin1');
    bytes.writeUInt32BE(640, 16);
    bytes.writeUInt32BE(320, 20);
    expect(pngSize(bytes)).toEqual({ width: 640, height: 320 });
  });

  it('refuses bytes that are not a PNG', () => {
    expect(() => pngSize(Buffer.from('GIF89a............................'))).toThrow(/signature/);
  });
});

describe('pdfPageCount', () => {
  it('counts /Type /Page objects, not the /Pages tree', () => {
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Pages /Count 2 >>\n2 0 obj << /Type /Page >>\n3 0 obj <</Type/Page/Parent 1 0 R>>\n');
    expect(pdfPageCount(pdf)).toBe(2);
  });
});

describe('parseNdjson', () => {
  it('one record per line; a broken line is named', () => {
    expect(parseNdjson('{"id":1}\n{"id":2}\n')).toEqual([{ id: 1 }, { id: 2 }]);
    expect(() => parseNdjson('{"id":1}\n{oops\n')).toThrow(/line 2/);
  });
});

describe('the oracle', () => {
  it('reads counts as APIs send them; Weibo\'s "100万+" is its lower bound', () => {
    expect([rawCount(348872), rawCount('25900'), rawCount('100万+'), rawCount('1.5亿'), rawCount(''), rawCount(null)])
      .toEqual([348872, 25900, 1_000_000, 150_000_000, undefined, undefined]);
  });

  const post = (platform: RawPost['platform'], counts: RawPost['counts'], followers?: number): RawPost =>
    ({ id: `${platform}:1`, platform, counts, followers, author: { id: 'a', name: 'a' } });

  it('engagement counts only the platform\'s metrics; none known is unknown, not 0', () => {
    expect(rawEngagement(post('x', { likes: 10, comments: 2, shares: 3, saves: 100 }))).toBe(15);
    expect(rawEngagement(post('youtube', { likes: 10, comments: 2, shares: 3 }))).toBe(12);
    expect(rawEngagement(post('xiaohongshu', { likes: 10, comments: 2, shares: 3, saves: 4 }))).toBe(16);
    expect(rawEngagement(post('weibo', { views: 1000 }))).toBeUndefined();
  });

  it('rate by views or by followers; unknown without the denominator', () => {
    expect(rawRate(post('x', { likes: 10, views: 200 }, 1000), 'views')).toBe(0.05);
    expect(rawRate(post('x', { likes: 10, views: 200 }, 1000), 'followers')).toBe(0.01);
    expect(rawRate(post('weibo', { likes: 10 }), 'views')).toBeUndefined();
    expect(rawRate(post('weibo', { likes: 10 }, 0), 'followers')).toBeUndefined();
  });
});
