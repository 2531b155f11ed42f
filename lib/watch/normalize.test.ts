import { describe, expect, it } from 'vitest';
import { normalizeForMatch } from './normalize';
import { SIMPLIFIED, TRADITIONAL } from './t2s-table';

describe('normalizeForMatch', () => {
  it('folds full-width Latin, digits and punctuation to half-width, and lower-cases', () => {
    expect(normalizeForMatch('ＬＵＭＩＮＡ　Ｃｏｆｆｅｅ１２３１５！＠＃')).toBe('lumina coffee12315!@#');
    expect(normalizeForMatch('LuminaCoffee')).toBe('luminacoffee');
  });

  it('maps traditional characters to simplified, leaving simplified text and other scripts alone', () => {
    expect(normalizeForMatch('這條新聞說們的產品質量問題，客服態度很差')).toBe('这条新闻说们的产品质量问题,客服态度很差');
    expect(normalizeForMatch('光合咖啡門店投訴維權')).toBe('光合咖啡门店投诉维权');
    expect(normalizeForMatch('光合咖啡门店投诉维权')).toBe('光合咖啡门店投诉维权');
    expect(normalizeForMatch('スターバックス 스타벅스')).toBe('スターバックス 스타벅스');
  });

  it('collapses runs of whitespace (newlines, tabs, ideographic space) and trims', () => {
    expect(normalizeForMatch('  Lumina \n\t Coffee\u3000 太贵 ')).toBe('lumina coffee 太贵');
  });

  it('drops zero-width characters used to dodge keyword filters', () => {
    expect(normalizeForMatch('光\u200b合\u200d咖啡 Lu\u00admina')).toBe('光合咖啡 lumina');
  });

  it('is idempotent, so a term and a text folded once compare equal', () => {
    const text = 'ＨＥＬＬＯ  這條 說明';
    expect(normalizeForMatch(normalizeForMatch(text))).toBe(normalizeForMatch(text));
  });

  it('has an aligned table: one simplified character per traditional one, none mapped to itself, none twice', () => {
    expect([...TRADITIONAL]).toHaveLength([...SIMPLIFIED].length);
    expect([...TRADITIONAL].length).toBeGreaterThan(300);
    expect(new Set(TRADITIONAL).size).toBe([...TRADITIONAL].length);
    [...TRADITIONAL].forEach((char, index) => expect(char, char).not.toBe(SIMPLIFIED[index]));
    // Every target is already simplified: folding twice changes nothing.
    expect(normalizeForMatch(SIMPLIFIED)).toBe(SIMPLIFIED);
  });
});
