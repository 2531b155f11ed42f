import type { CrisisLevel } from '../../lib/crisis/types';
import { levelName, levelRoman } from './level';

/** Colour and grade together, never colour alone: the name is there for colour-blind readers. */
export function LevelChip({ level, compact = false }: { level: CrisisLevel; compact?: boolean }) {
  const name = levelName(level);
  return (
    <span class={`level-chip level-${level}`} data-level={level} title={name}>
      <b class="level-roman">{levelRoman(level)}</b>
      {!compact && <span class="level-name">{name}</span>}
    </span>
  );
}
