import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { forEachFeature, type ModelWeights } from './model';
import { tokenize } from './tokenize';

const features = (text: string) => {
  const out: [string, number][] = [];
  forEachFeature(tokenize(text), (f, v) => out.push([f, v]));
  return out;
};

describe('model features', () => {
  it('uses Han character unigrams and bigrams, marking the word after a negator', () => {
    expect(features('不贵')).toEqual([['不', 1], ['不贵', 1], ['¬贵', 1]]);
  });
  it('weights the part of a sentence before 但是 half and after it one and a half', () => {
    const f = new Map(features('好看但是贵'));
    expect(f.get('好')).toBe(0.5);
    expect(f.get('贵')).toBe(1.5);
  });
  it('halves a question and damps the quoted repost chain', () => {
    expect(new Map(features('好吗？')).get('好')).toBe(0.5);
    expect(new Map(features('赞//@某人:垃圾')).get('垃')).toBeCloseTo(0.4);
  });
  it('leaves 呵呵 to the sarcasm rule', () => {
    expect(features('呵呵').length).toBe(0);
  });
});

describe('shipped weights', () => {
  const file = path.join(__dirname, 'model-weights.json');
  const model = JSON.parse(readFileSync(file, 'utf8')) as ModelWeights;
  it('are small derived numbers, not texts', () => {
    expect(statSync(file).size).toBeLessThan(500 * 1024);
    const longest = Math.max(...Object.keys(model.weights).map(k => [...k].length));
    expect(longest).toBeLessThanOrEqual(8);
    expect(Object.values(model.weights).every(Number.isFinite)).toBe(true);
  });
  it('say how lexicon and model are mixed for both scripts', () => {
    for (const lang of ['zh', 'en'] as const) {
      expect(model.mix[lang].lexicon).toBeGreaterThan(0);
      expect(model.mix[lang].band).toBeGreaterThan(0);
      expect(model.mix[lang].bandNoLexicon).toBeGreaterThanOrEqual(model.mix[lang].band);
    }
  });
});
