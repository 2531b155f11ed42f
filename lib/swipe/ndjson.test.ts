import { describe, expect, it } from 'vitest';
import { xPost } from '../test-records';
import { examplesToNdjson } from './ndjson';
import { savedExample } from './test-examples';

const x = savedExample({
  id: 'ex:x:1682059498417917952', recordId: 'x:1682059498417917952', platform: 'x', url: 'https://x.com/elonmusk/status/1682059498417917952',
  text: 'line one\nline "two"', tags: ['launch'],
});
const weibo = savedExample();
const note = savedExample({ id: 'ex:xiaohongshu:64f0', recordId: 'xiaohongshu:64f0', platform: 'xiaohongshu', url: 'https://www.xiaohongshu.com/explore/64f0' });

describe('examplesToNdjson', () => {
  it('writes one Zeeschuimer-shaped object per line for platforms 4CAT imports, skipping the others', () => {
    const out = examplesToNdjson([x, weibo, note], new Map([[x.recordId, xPost()]]), 'Mozilla/5.0 test');
    expect(out).toMatchObject({ lines: 2, skipped: 1 });
    expect(out.text.endsWith('\n')).toBe(true);
    const [first, second] = out.text.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(first).toEqual({
      item_id: '1682059498417917952',
      timestamp_collected: Date.parse(x.savedAt),
      source_platform: 'twitter.com',
      source_platform_url: x.url,
      source_url: x.url,
      user_agent: 'Mozilla/5.0 test',
      data: { id: '1682059498417917952', earshot_record: xPost(), earshot_example: expect.objectContaining({ tags: ['launch'], metricsAtSave: x.metricsAtSave }) },
    });
    expect(first.data.earshot_example.searchTerms).toBeUndefined();
    expect(second).toMatchObject({ source_platform: 'xiaohongshu.com', item_id: '64f0', data: { earshot_record: null } });
  });

  it('keeps newlines inside a text from breaking the one-object-per-line format', () => {
    expect(examplesToNdjson([x], new Map(), 'ua').text.split('\n')).toHaveLength(2);
  });
});
