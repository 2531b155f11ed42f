import { describe, expect, it } from 'vitest';
import { analyze, type SentimentResult } from '../sentiment';
import { checkedText, MAX_CHECKED_CHARS, sentimentCard } from './card-model';
import { ENGLISH_CARD_STRINGS } from './card-strings';

const result = (overrides: Partial<SentimentResult>): SentimentResult => ({
  score: 0, label: 'neutral', confidence: 0.5, aspects: [], lang: 'en', reasons: [], version: 't', ...overrides,
});

describe('checkedText', () => {
  it('collapses whitespace and caps the length', () => {
    expect(checkedText('  so \n\n good\t ')).toBe('so good');
    expect(checkedText('a'.repeat(MAX_CHECKED_CHARS + 10))).toHaveLength(MAX_CHECKED_CHARS);
  });
});

describe('sentimentCard', () => {
  it('formats score with its sign, confidence as a percentage, names aspects and keeps the top reasons', () => {
    const reasons = Array.from({ length: 8 }, (_, i) => ({ token: `w${i}`, weight: i % 2 ? 0.1 : -0.2 }));
    const model = sentimentCard('x', result({ score: -0.4049, label: 'negative', confidence: 0.836, aspects: ['service', 'price'], reasons }), ENGLISH_CARD_STRINGS);
    expect(model).toMatchObject({ label: 'negative', labelText: 'Negative', score: '\u22120.40', confidence: '84%', aspects: ['Service', 'Price'], sarcasm: false });
    expect(model.reasons).toEqual(reasons.slice(0, 6));
    expect(sentimentCard('x', result({ score: 0.62, label: 'positive' }), ENGLISH_CARD_STRINGS).score).toBe('+0.62');
    expect(sentimentCard('x', result({ score: 0 }), ENGLISH_CARD_STRINGS).score).toBe('0.00');
  });

  it('shortens a long selection to an excerpt and flags flipped sarcasm', () => {
    const model = sentimentCard('好'.repeat(200), result({ sarcasm: { flipped: true } }), ENGLISH_CARD_STRINGS);
    expect(model.excerpt).toHaveLength(90);
    expect(model.excerpt.endsWith('…')).toBe(true);
    expect(model.sarcasm).toBe(true);
  });

  it('carries the real analyzer\'s words for a real complaint', () => {
    const text = 'Terrible customer service, they never answered and the refund took a month';
    const model = sentimentCard(text, analyze(text), ENGLISH_CARD_STRINGS);
    expect(model.label).toBe('negative');
    expect(model.reasons.some((reason) => reason.weight < 0)).toBe(true);
  });

  it('is plain data (survives structured clone into the page)', () => {
    const model = sentimentCard('good', analyze('good'), ENGLISH_CARD_STRINGS);
    expect(structuredClone(model)).toEqual(model);
  });
});
