import { describe, expect, it } from 'vitest';
import { applyFlagUpdate, canMoveStage } from './flag-update';
import { testFlag } from './test-flags';

const AT = '2026-11-26T12:40:00.000Z';

describe('canMoveStage', () => {
  it('allows any later stage and one step back', () => {
    expect(canMoveStage('identified', 'assessed')).toBe(true);
    expect(canMoveStage('identified', 'resolved')).toBe(true);
    expect(canMoveStage('tracking', 'responding')).toBe(true);
    expect(canMoveStage('tracking', 'assessed')).toBe(false);
    expect(canMoveStage('reviewed', 'identified')).toBe(false);
  });
});

describe('applyFlagUpdate', () => {
  it('moves the stage, sets the owner and adds a note, each with its time in the history', () => {
    const result = applyFlagUpdate(testFlag(), { stage: 'responding', owner: '  Li Wei ', note: '已联系客服主管' }, AT);
    expect(result.ok && result.flag).toMatchObject({ stage: 'responding', owner: 'Li Wei', updatedAt: AT });
    expect(result.ok && result.flag.history.slice(1)).toEqual([
      { at: AT, event: 'stage', from: 'identified', to: 'responding' },
      { at: AT, event: 'owner', to: 'Li Wei' },
      { at: AT, event: 'note', note: '已联系客服主管' },
    ]);
  });

  it('refuses going back more than one stage, and changes nothing then', () => {
    const flag = testFlag({ stage: 'tracking' });
    expect(applyFlagUpdate(flag, { stage: 'identified', note: 'x' }, AT)).toEqual({ ok: false, error: 'a flag goes back one stage at a time (tracking → identified refused)' });
    expect(flag.history).toHaveLength(1);
  });

  it('clears the owner with an empty name and records who it was', () => {
    const result = applyFlagUpdate(testFlag({ owner: 'Li' }), { owner: '' }, AT);
    expect(result.ok && result.flag.owner).toBeUndefined();
    expect(result.ok && result.flag.history.at(-1)).toEqual({ at: AT, event: 'owner', from: 'Li' });
  });

  it('keeps a review only after resolution', () => {
    expect(applyFlagUpdate(testFlag({ stage: 'tracking' }), { review: 'too early' }, AT)).toEqual({ ok: false, error: 'a review is written once the flag is resolved' });
    const result = applyFlagUpdate(testFlag({ stage: 'tracking' }), { stage: 'reviewed', review: '回应及时；下次先发说明' }, AT);
    expect(result.ok && result.flag).toMatchObject({ stage: 'reviewed', review: '回应及时；下次先发说明' });
    expect(result.ok && result.flag.history.at(-1)).toEqual({ at: AT, event: 'note', to: 'review', note: '回应及时；下次先发说明' });
  });

  it('reports no change when nothing differs (no history entry, same updatedAt)', () => {
    const flag = testFlag({ owner: 'Li' });
    expect(applyFlagUpdate(flag, { stage: 'identified', owner: 'Li', note: '  ' }, AT)).toEqual({ ok: true, flag, changed: false });
  });
});
