import { describe, expect, it, vi } from 'vitest';
import { CorrectLabel } from './CorrectLabel';
import { byTestId, mount } from './mount.test-helper';

const buttons = (root: HTMLElement) => byTestId(root, 'correct-label') as HTMLButtonElement[];

describe('CorrectLabel', () => {
  it('shows the current label pressed and sends another one as a correction', async () => {
    const onCorrect = vi.fn(async () => {});
    const root = mount(<CorrectLabel recordId="weibo:c1" label="positive" corrected={false} onCorrect={onCorrect} />);
    expect(buttons(root).map((b) => [b.dataset.label, b.getAttribute('aria-pressed')])).toEqual([
      ['positive', 'true'], ['neutral', 'false'], ['negative', 'false'],
    ]);
    expect(buttons(root)[2]!.title).toBe('Mark as Negative');
    buttons(root)[0]!.click();
    expect(onCorrect).not.toHaveBeenCalled();
    buttons(root)[2]!.click();
    expect(onCorrect).toHaveBeenCalledWith('weibo:c1', 'negative');
    expect(byTestId(root, 'correct-label-reset')).toHaveLength(0);
  });

  it('offers to undo a correction, which sends null', () => {
    const onCorrect = vi.fn(async () => {});
    const root = mount(<CorrectLabel recordId="x:9" label="negative" corrected onCorrect={onCorrect} />);
    byTestId(root, 'correct-label-reset')[0]!.click();
    expect(onCorrect).toHaveBeenCalledWith('x:9', null);
  });

  it('is busy while the background answers, and shows a refusal', async () => {
    let fail!: (error: Error) => void;
    const onCorrect = vi.fn(() => new Promise<void>((_, reject) => { fail = reject; }));
    const root = mount(<CorrectLabel recordId="weibo:c1" label="neutral" corrected={false} onCorrect={onCorrect} />);
    buttons(root)[0]!.click();
    await vi.waitFor(() => expect(buttons(root).every((b) => b.disabled)).toBe(true));
    fail(new Error('no such record'));
    await vi.waitFor(() => expect(root.querySelector('[role="alert"]')?.textContent).toBe('The correction was not saved: no such record'));
    expect(buttons(root).some((b) => b.disabled)).toBe(false);
  });
});
