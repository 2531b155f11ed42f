import { describe, expect, it } from 'vitest';
import { EMPTY_CONTROLS, filterOf, isFiltered } from './ui-controls';

describe('filterOf', () => {
  it('turns the form into a filter, leaving out what is empty and the query', () => {
    expect(filterOf(EMPTY_CONTROLS)).toEqual({});
    const filter = filterOf({ ...EMPTY_CONTROLS, query: '白桃', platform: 'x', media: 'video', board: 'A / B', tag: 'kol', stance: 'brand', brand: 'Acme', fromDay: '2026-11-01', toDay: 'bad' });
    expect(filter).toEqual({ platforms: ['x'], media: ['video'], board: 'A / B', tag: 'kol', stance: 'brand', brand: 'Acme', savedFrom: new Date(2026, 10, 1).toISOString() });
  });
});

describe('isFiltered', () => {
  it('counts every narrowing field, the sort order not, and blank typing not', () => {
    expect(isFiltered({ ...EMPTY_CONTROLS, sort: 'engagement' })).toBe(false);
    expect(isFiltered({ ...EMPTY_CONTROLS, query: '   ' })).toBe(false);
    expect(isFiltered({ ...EMPTY_CONTROLS, toDay: '2026-11-01' })).toBe(true);
    expect(isFiltered({ ...EMPTY_CONTROLS, query: 'oat' })).toBe(true);
  });
});
