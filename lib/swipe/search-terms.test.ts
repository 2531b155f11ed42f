import { describe, expect, it } from 'vitest';
import { matchesQuery, MAX_TERMS, queryTerms, searchTermsOf } from './search-terms';

const found = (query: string, ...texts: string[]) => matchesQuery(searchTermsOf(...texts), queryTerms(query));

describe('searchTermsOf (Chinese)', () => {
  const post = '搬完这块砖，就可以吃好吃的了[偷笑]';

  it('indexes every character and character bigram of a Chinese run', () => {
    const terms = searchTermsOf(post);
    expect(terms).toEqual(expect.arrayContaining(['搬', '砖', '搬完', '这块', '块砖', '好吃', '偷笑']));
    // Punctuation breaks runs: no bigram spans "，".
    expect(terms).not.toContain('砖就');
  });

  it('finds any substring of two or more characters, however a segmenter would cut it', () => {
    expect(found('这块砖', post)).toBe(true);
    expect(found('吃好吃', post)).toBe(true);
    expect(found('迪丽热巴', 'Dear-迪丽热巴 的新微博')).toBe(true);
    expect(found('砖', post)).toBe(true);
  });

  it('does not match characters that are present but not next to each other', () => {
    expect(found('搬砖', post)).toBe(false);
    expect(found('热巴迪丽', 'Dear-迪丽热巴')).toBe(false);
  });

  it('splits mixed Chinese and English: 发布会 inside iPhone15发布会', () => {
    expect(found('发布会', 'iPhone15发布会今晚开始')).toBe(true);
    expect(found('iphone15', 'iPhone15发布会今晚开始')).toBe(true);
  });
});

describe('searchTermsOf (English)', () => {
  it('lowercases words and drops punctuation and hashtags marks', () => {
    const terms = searchTermsOf('Our HQ tonight! #SpaceX, “launch”');
    expect(terms).toEqual(expect.arrayContaining(['our', 'hq', 'tonight', 'spacex', 'launch']));
    expect(terms.some((term) => /[#!,“”]/.test(term))).toBe(false);
  });

  it('folds full-width letters and digits so either spelling finds the other', () => {
    expect(found('iphone 15', 'ｉＰｈｏｎｅ １５ review')).toBe(true);
  });

  it('needs every word of the query, in any order', () => {
    expect(found('tonight headquarters', 'Our headquarters tonight')).toBe(true);
    expect(found('tonight office', 'Our headquarters tonight')).toBe(false);
  });

  it('matches the last English word as a prefix while typing, not the others', () => {
    expect(found('our headq', 'Our headquarters tonight')).toBe(true);
    expect(found('headq tonight', 'Our headquarters tonight')).toBe(false);
  });

  it('indexes every given text (title, tags, board, brand, note) and skips missing ones', () => {
    const terms = searchTermsOf('body', undefined, 'Competitor A / Q4 campaigns', '新品');
    expect(matchesQuery(terms, queryTerms('q4 campaigns'))).toBe(true);
    expect(matchesQuery(terms, queryTerms('新品'))).toBe(true);
  });
});

describe('queryTerms', () => {
  it('is empty for a blank or punctuation-only query, which matches everything', () => {
    expect(queryTerms('  ，。!? ')).toEqual([]);
    expect(matchesQuery([], [])).toBe(true);
  });

  it('cuts a Chinese query into bigrams only, a single character stays itself', () => {
    expect(queryTerms('迪丽热巴')).toEqual(['迪丽', '丽热', '热巴']);
    expect(queryTerms('砖')).toEqual(['砖']);
  });
});

it('caps the number of terms of a huge text', () => {
  const huge = Array.from({ length: 5000 }, (_, i) => `word${i}`).join(' ');
  expect(searchTermsOf(huge).length).toBe(MAX_TERMS);
});
