// The user's moves on a flag: its stage in the response flow, owner, notes and the review. Each change
// is appended to the history with its time, which is what the response-time target is checked against.
import { FLAG_STAGES, type CrisisFlag, type FlagHistoryEntry, type FlagStage } from './types';

export interface FlagUpdate {
  stage?: FlagStage;
  owner?: string;
  note?: string;
  review?: string;
}

export type FlagUpdateResult = { ok: true; flag: CrisisFlag; changed: boolean } | { ok: false; error: string };

/** Forward by any number of steps (a small incident may go straight to resolved); back by one (a slip of the hand). */
export function canMoveStage(from: FlagStage, to: FlagStage): boolean {
  const step = FLAG_STAGES.indexOf(to) - FLAG_STAGES.indexOf(from);
  return step >= -1;
}

export function applyFlagUpdate(flag: CrisisFlag, update: FlagUpdate, nowIso: string): FlagUpdateResult {
  const next: CrisisFlag = { ...flag, history: [...flag.history] };
  const add = (entry: Omit<FlagHistoryEntry, 'at'>) => next.history.push({ at: nowIso, ...entry });

  if (update.stage !== undefined && update.stage !== flag.stage) {
    if (!canMoveStage(flag.stage, update.stage)) {
      return { ok: false, error: `a flag goes back one stage at a time (${flag.stage} → ${update.stage} refused)` };
    }
    next.stage = update.stage;
    add({ event: 'stage', from: flag.stage, to: update.stage });
  }
  if (update.owner !== undefined) {
    const owner = update.owner.trim();
    if (owner !== (flag.owner ?? '')) {
      if (owner) next.owner = owner;
      else delete next.owner;
      add({ event: 'owner', ...(flag.owner ? { from: flag.owner } : {}), ...(owner ? { to: owner } : {}) });
    }
  }
  if (update.note !== undefined && update.note.trim()) add({ event: 'note', note: update.note.trim() });
  if (update.review !== undefined) {
    if (next.stage !== 'resolved' && next.stage !== 'reviewed') {
      return { ok: false, error: 'a review is written once the flag is resolved' };
    }
    const review = update.review.trim();
    if (review !== (flag.review ?? '')) {
      next.review = review;
      add({ event: 'note', to: 'review', note: review });
    }
  }
  const changed = next.history.length > flag.history.length;
  if (changed) next.updatedAt = nowIso;
  return { ok: true, flag: changed ? next : flag, changed };
}
