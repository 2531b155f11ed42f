import { describe, expect, it } from 'vitest';
import { topKeywords, wordsOf } from './page-check-keywords';

describe('wordsOf', () => {
  it('splits Chinese into words and keeps English words, without particles, stop words or numbers', () => {
    const words = wordsOf('喝到了！桂花味很自然，燕麦奶也不抢味道 The oat milk foam is so smooth 28 一杯');
    expect(words).toEqual(expect.arrayContaining(['桂花', '燕麦', '味道', 'oat', 'milk', 'foam', 'smooth']));
    expect(words).not.toContain('the');
    expect(words).not.toContain('is');
    expect(words).not.toContain('28');
    expect(words.every((word) => word.length >= 2)).toBe(true);
  });
});

describe('topKeywords', () => {
  it('counts each word once per comment, keeps words used twice or more, and says how their comments lean', () => {
    const keywords = topKeywords([
      { text: '退款退款退款，太慢了', label: 'negative' },
      { text: '退款到现在也没到账', label: 'negative' },
      { text: '退款到账了，谢谢客服', label: 'positive' },
      { text: '桂花拿铁好喝', label: 'positive' },
      { text: '桂花香气很自然', label: 'positive' },
      { text: 'Refund arrived, thanks', label: 'positive' },
      { text: 'refund still missing', label: 'negative' },
    ]);
    expect(keywords[0]).toEqual({ term: '退款', count: 3, tone: 'negative' });
    expect(keywords).toContainEqual({ term: '桂花', count: 2, tone: 'positive' });
    expect(keywords).toContainEqual({ term: 'refund', count: 2, tone: 'neutral' });
    expect(keywords.find((k) => k.term === '拿铁')).toBeUndefined();
  });
});
