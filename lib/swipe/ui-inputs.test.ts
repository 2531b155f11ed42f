import { describe, expect, it } from 'vitest';
import { exportFileName, savedRange, splitTags } from './ui-inputs';

describe('splitTags', () => {
  it('splits on Chinese and Latin separators, trims and drops repeats and blanks', () => {
    expect(splitTags(' 新品, launch，Q4 campaign、kol;新品；, ')).toEqual(['新品', 'launch', 'Q4 campaign', 'kol']);
    expect(splitTags('   ')).toEqual([]);
  });
});

describe('savedRange', () => {
  it('covers whole local days, up to the last millisecond before the next midnight', () => {
    const range = savedRange('2026-11-01', '2026-11-03');
    expect(range.from).toBe(new Date(2026, 10, 1).toISOString());
    expect(range.to).toBe(new Date(2026, 10, 3, 23, 59, 59, 999).toISOString());
  });
  it('leaves out empty or malformed ends and rolls over month ends', () => {
    expect(savedRange('', 'yesterday')).toEqual({});
    expect(savedRange('', '2026-11-30').to).toBe(new Date(2026, 11, 1, 0, 0, 0, -1).toISOString());
  });
});

describe('exportFileName', () => {
  it('names the file by kind and UTC date', () => {
    const now = new Date('2026-11-26T23:59:00Z');
    expect(exportFileName('bundle', now)).toBe('earshot-swipe-file-2026-11-26.json');
    expect(exportFileName('csv', now)).toBe('earshot-swipe-file-2026-11-26.csv');
    expect(exportFileName('ndjson', now)).toBe('earshot-swipe-file-2026-11-26.ndjson');
  });
});
