import { describe, expect, it } from 'vitest';
import { median } from './median';

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones, without reordering the input', () => {
    const values = [9, 1, 5];
    expect(median(values)).toBe(5);
    expect(values).toEqual([9, 1, 5]);
    expect(median([4, 1, 3, 100])).toBe(3.5);
    expect(median([0])).toBe(0);
  });

  it('is unknown for no values', () => {
    expect(median([])).toBeUndefined();
  });
});
