import { describe, expect, it } from 'vitest';
import { toNdjson } from './ndjson';

describe('NDJSON export', () => {
  it('writes one record per line that parses back to the same record', () => {
    const rows = [
      { id: 'weibo:1', kind: 'post', text: '第一行\n第二行 "引号"', metrics: { likes: 3 } },
      { id: 'weibo:1:c1', kind: 'comment', text: '=1+1', author: { location: '广东' } },
    ];
    const text = toNdjson(rows);
    const lines = text.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(lines.slice(0, 2).map((line) => JSON.parse(line))).toEqual(rows);
  });

  it('is empty for no records', () => {
    expect(toNdjson([])).toBe('');
  });
});
