// The response flow as a stepper: which stages are done, which is current, what the next button does.
import { FLAG_STAGES, type CrisisFlag, type FlagStage } from '../../lib/crisis/types';

export interface StepView {
  stage: FlagStage;
  state: 'done' | 'current' | 'todo';
  /** When the flag entered this stage (the raise for 'identified'), from its history. */
  at?: string;
}

export function stepperView(flag: Pick<CrisisFlag, 'stage' | 'history' | 'raisedAt'>): StepView[] {
  const currentIndex = FLAG_STAGES.indexOf(flag.stage);
  const enteredAt = new Map<string, string>([['identified', flag.raisedAt]]);
  for (const entry of flag.history) {
    // The latest entry wins: a stage entered twice (moved back, then on) shows when it last began.
    if (entry.event === 'stage' && entry.to) enteredAt.set(entry.to, entry.at);
  }
  return FLAG_STAGES.map((stage, index) => ({
    stage,
    state: index < currentIndex ? 'done' : index === currentIndex ? 'current' : 'todo',
    at: index <= currentIndex ? enteredAt.get(stage) : undefined,
  }));
}

export function nextStage(stage: FlagStage): FlagStage | undefined {
  return FLAG_STAGES[FLAG_STAGES.indexOf(stage) + 1];
}

/** 'reviewed' closes the flag for good, so it needs the review written first. */
export function canAdvance(flag: Pick<CrisisFlag, 'stage' | 'review'>, draftReview: string): boolean {
  const next = nextStage(flag.stage);
  if (!next) return false;
  if (next === 'reviewed') return (draftReview.trim() || flag.review?.trim() || '') !== '';
  return true;
}
