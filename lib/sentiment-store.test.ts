import { describe, expect, it } from 'vitest';
import { effectiveSentiment, needsScoring, textToScore, toStoredSentiment, type StoredSentiment } from './sentiment-store';

const scored: StoredSentiment = { score: 0.42, label: 'positive', confidence: 0.7, aspects: ['price'], version: 'v1' };

describe('effectiveSentiment', () => {
  it('is the analyzer\'s verdict when nobody corrected it', () => {
    expect(effectiveSentiment({ text: 'x', sentiment: scored })).toEqual({ label: 'positive', score: 0.42, confidence: 0.7, aspects: ['price'], corrected: false });
  });

  it('lets the correction win, as a certain verdict, keeping the analyzer\'s aspects', () => {
    const row = { text: 'x', sentiment: scored, sentimentCorrection: { label: 'negative' as const, at: '2024-06-14T12:00:00.000Z' } };
    expect(effectiveSentiment(row)).toEqual({ label: 'negative', score: -1, confidence: 1, aspects: ['price'], corrected: true });
    expect(effectiveSentiment({ ...row, sentimentCorrection: { label: 'neutral', at: row.sentimentCorrection.at } })!.score).toBe(0);
  });

  it('counts a correction on a row not scored yet, and is undefined for a row with neither', () => {
    expect(effectiveSentiment({ text: 'x', sentimentCorrection: { label: 'positive', at: '2024-06-14T12:00:00.000Z' } })).toMatchObject({ label: 'positive', aspects: [] });
    expect(effectiveSentiment({ text: 'x' })).toBeUndefined();
  });
});

describe('textToScore', () => {
  it('reads the title before the text, once', () => {
    expect(textToScore({ text: 'body' })).toBe('body');
    expect(textToScore({ title: 'Title', text: 'body' })).toBe('Title\nbody');
    expect(textToScore({ title: 'Title', text: 'Title: body' })).toBe('Title: body');
  });
});

describe('needsScoring', () => {
  it('is true for a new row, a changed text or title, and another analyzer version; false otherwise', () => {
    const previous = { text: 'a', title: 't', sentiment: scored };
    expect(needsScoring(undefined, { text: 'a' }, 'v1')).toBe(true);
    expect(needsScoring({ text: 'a' }, { text: 'a' }, 'v1')).toBe(true);
    expect(needsScoring(previous, { text: 'a', title: 't' }, 'v1')).toBe(false);
    expect(needsScoring(previous, { text: 'ab', title: 't' }, 'v1')).toBe(true);
    expect(needsScoring(previous, { text: 'a', title: 'u' }, 'v1')).toBe(true);
    expect(needsScoring(previous, { text: 'a', title: 't' }, 'v2')).toBe(true);
  });
});

describe('toStoredSentiment', () => {
  it('keeps score, label, confidence, aspects and version; drops reasons and the rest', () => {
    expect(toStoredSentiment({ ...scored, reasons: [{ token: 'good', weight: 1 }], lang: 'en' })).toEqual(scored);
  });
});
