import { describe, expect, it } from 'vitest';
import { parseCount } from './count';

describe('parseCount', () => {
  it.each([
    [1234, 1234],
    [12.6, 13],
    [0, 0],
    ['2887', 2887],
    ['1,234', 1234],
    ['41,613,595 views', 41613595],
    ['1.2万', 12000],
    ['3.5亿', 350000000],
    ['3亿', 300000000],
    ['10万+', 100000],
    ['100万+', 1000000],
    ['1.2w', 12000],
    ['1.2W', 12000],
    ['1.2K', 1200],
    ['1.2k', 1200],
    ['19k', 19000],
    ['2.3M', 2300000],
    ['5.4m', 5400000],
    ['110m subscribers', 110000000],
    ['1.5B', 1500000000],
    ['1,5K', 1500],
    ['１２３４', 1234],
    ['１.２万', 12000],
    ['１０万＋', 100000],
    ['  42  ', 42],
    ['3 members', 3],
    ['18.6万', 186000],
    ['1.2千', 1200],
    ['999+', 999],
    ['1.2万次播放', 12000],
  ])('%j → %d', (input, expected) => {
    expect(parseCount(input)).toBe(expected);
  });

  it.each([
    [''],
    ['   '],
    ['abc'],
    ['-5'],
    [-5],
    [Number.NaN],
    [Number.POSITIVE_INFINITY],
    ['NaN'],
    ['Infinity'],
    [null],
    [undefined],
    [true],
    [{}],
    [[12]],
    ['12 34'],
    ['1.2.3'],
    ['万'],
  ])('%j → undefined (unknown is never 0)', (input) => {
    expect(parseCount(input)).toBeUndefined();
  });
});

describe('parseCount: impossible sizes', () => {
  it('refuses counts beyond what a number can hold exactly, in any form', () => {
    expect(parseCount(1e21)).toBeUndefined();
    expect(parseCount(Number.MAX_SAFE_INTEGER + 1)).toBeUndefined();
    expect(parseCount('9999999999999999999')).toBeUndefined();
    expect(parseCount('99999999999亿')).toBeUndefined();
    expect(parseCount(2n ** 60n)).toBeUndefined();
    expect(parseCount(Number.MAX_SAFE_INTEGER)).toBe(Number.MAX_SAFE_INTEGER);
  });
});
