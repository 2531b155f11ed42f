import { describe, expect, it } from 'vitest';
import { CRISIS_TYPES } from './lexicon';
import { GENERAL_PLAYBOOK, PLAYBOOKS, playbookFor, playbooksFor } from './playbooks';

describe('playbooks', () => {
  it('has what to check, say and avoid for every crisis type in both languages', () => {
    for (const type of [...CRISIS_TYPES]) {
      for (const lang of ['zh', 'en'] as const) {
        const book = PLAYBOOKS[type][lang];
        expect(book.check.length, `${type} ${lang}`).toBeGreaterThanOrEqual(2);
        expect(book.say.length, `${type} ${lang}`).toBeGreaterThanOrEqual(2);
        expect(book.avoid.length, `${type} ${lang}`).toBeGreaterThanOrEqual(2);
        if (lang === 'zh') expect(book.title).toMatch(/[\u4e00-\u9fff]/);
      }
      // each language has the same shape, so the UI shows the same list whichever the user reads
      expect(PLAYBOOKS[type].zh.check.length).toBe(PLAYBOOKS[type].en.check.length);
    }
  });

  it('says what the practice says: apology for quality, people first for safety, evidence for rumours', () => {
    expect(playbookFor('quality', 'zh').say.join()).toContain('道歉');
    expect(playbookFor('safety_incident', 'en').check[0]).toMatch(/people first/i);
    expect(playbookFor('rumour', 'en').say.join()).toMatch(/evidence/);
  });

  it('falls back to the general playbook for a flag without a type', () => {
    expect(playbookFor(undefined, 'en')).toBe(GENERAL_PLAYBOOK.en);
    expect(playbooksFor([], 'zh')).toEqual([GENERAL_PLAYBOOK.zh]);
    expect(playbooksFor(['rumour', 'quality', 'rumour'], 'en').map((b) => b.title)).toEqual(['Rumour / attack', 'Product quality']);
  });
});
