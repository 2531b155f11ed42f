// The level rules in words for "How levels work", from the rules the detectors apply (lib/crisis/levels.ts).
import { LEVEL_GUARDS, LEVEL_RULES } from '../../lib/crisis/levels';
import { LEVEL_ORDER } from '../../lib/crisis/types';
import type { LevelRuleView } from './LevelRules';

const inChinese = (locale: string) => locale.toLowerCase().startsWith('zh');

export function levelRuleRows(locale: string): LevelRuleView[] {
  return LEVEL_ORDER.map((level) => ({
    level,
    conditions: LEVEL_RULES.filter((rule) => rule.level === level).map((rule) => (inChinese(locale) ? rule.zh : rule.en)),
  }));
}

export function levelGuards(locale: string): string[] {
  return LEVEL_GUARDS.map((guard) => (inChinese(locale) ? guard.zh : guard.en));
}
