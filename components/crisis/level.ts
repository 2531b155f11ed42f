// How a level looks and reads: colour, roman grade (蓝 IV … 红 I, the national warning format) and name.
import { LEVEL_ORDER, type CrisisLevel } from '../../lib/crisis/types';
import { t } from '../../lib/i18n';

const ROMAN: Record<CrisisLevel, string> = { blue: 'IV', yellow: 'III', orange: 'II', red: 'I' };

export function levelRank(level: CrisisLevel): number {
  return LEVEL_ORDER.indexOf(level);
}

export function levelRoman(level: CrisisLevel): string {
  return ROMAN[level];
}

/** "Orange · II · Serious" / "橙色 · II级 · 严重" */
export function levelName(level: CrisisLevel): string {
  return t('crisis_levelName', t(`crisis_level_${level}`), ROMAN[level], t(`crisis_levelGrade_${level}`));
}

/** The highest of the given levels; undefined when there are none. */
export function highestLevel(levels: readonly CrisisLevel[]): CrisisLevel | undefined {
  return levels.reduce<CrisisLevel | undefined>(
    (top, level) => (top === undefined || levelRank(level) > levelRank(top) ? level : top),
    undefined,
  );
}
