// History entries carry levels and stages as plain strings; these narrow them before translating.
import { FLAG_STAGES, LEVEL_ORDER, type CrisisLevel, type FlagStage } from '../../lib/crisis/types';

export function isLevel(value: string): value is CrisisLevel {
  return (LEVEL_ORDER as readonly string[]).includes(value);
}

export function isStage(value: string): value is FlagStage {
  return (FLAG_STAGES as readonly string[]).includes(value);
}
